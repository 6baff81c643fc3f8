/*
 * fanclient: the measuring client of the fan-out benchmark (bench/README.md, docs/benchmarks.md).
 *
 * One thread, one epoll loop, non-blocking sockets: it opens N WebSocket viewers (source addresses
 * spread over 127.0.0.2-127.0.0.9), then fires a cue over HTTP, records when each viewer received
 * it, acks it from every viewer, reads the server's time to the last ack from the fire report,
 * closes the fire and waits for every viewer to hear the close; round after round. It also
 * measures the server process: CPU time (sum of its threads' schedstat, ns) and resident memory.
 * Only loopback addresses are accepted.
 *
 * Build: gcc -O2 -Wall -o fanclient fanclient.c
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAXV 20000
#define RBUF 4096

enum { CONNECTING, HANDSHAKE, OPEN, DEAD };

typedef struct {
    int fd;
    int state;
    int got_cue;     /* round number of the last cue received */
    int got_closed;  /* round number of the last close received */
    size_t len;      /* bytes in buf */
    unsigned char buf[RBUF];
} viewer;

static viewer *vs;
static int nv;
static int ep;
static char host[64] = "127.0.0.1";
static int port;
static char show[128], cue[128], token[256];
static int server_pid;
static int rounds = 5, warmup = 2, inflight = 256, nsrc = 8, hold = 0, observe = 0;
static double rate = 0; /* --rate: connections started per second, at most; 0: as fast as the server takes them */
static unsigned first_id = 0; /* viewer i's id is made from first_id + i: several clients, different viewers */
static long long timeout_ms = 30000;

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long) t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void die(const char *what) {
    perror(what);
    exit(2);
}

/* CPU time of the server process: the sum of every thread's run time (ns), from schedstat. */
static long long server_cpu_ns(void) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", server_pid);
    DIR *d = opendir(path);
    if (!d) return -1;
    long long sum = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char p[320];
        snprintf(p, sizeof p, "/proc/%d/task/%s/schedstat", server_pid, e->d_name);
        FILE *f = fopen(p, "r");
        if (!f) continue;
        long long run = 0;
        if (fscanf(f, "%lld", &run) == 1) sum += run;
        fclose(f);
    }
    closedir(d);
    return sum;
}

static long server_rss_kb(void) {
    char p[64], line[256];
    snprintf(p, sizeof p, "/proc/%d/status", server_pid);
    FILE *f = fopen(p, "r");
    if (!f) return -1;
    long kb = -1;
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "VmRSS:", 6) == 0) kb = atol(line + 6);
    }
    fclose(f);
    return kb;
}

static double client_cpu_ms(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec * 1e3 + u.ru_utime.tv_usec / 1e3 + u.ru_stime.tv_sec * 1e3 + u.ru_stime.tv_usec / 1e3;
}

static void nonblock(int fd) {
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

static struct sockaddr_in server_addr(void) {
    struct sockaddr_in a = {0};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    if (inet_pton(AF_INET, host, &a.sin_addr) != 1) { fprintf(stderr, "bad host\n"); exit(2); }
    if ((ntohl(a.sin_addr.s_addr) >> 24) != 127) { fprintf(stderr, "only loopback targets\n"); exit(2); }
    return a;
}

static int start_connect(int i) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) die("socket");
    nonblock(fd);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    struct sockaddr_in src = {0};
    src.sin_family = AF_INET;
    src.sin_addr.s_addr = htonl((127u << 24) | (2 + (i % nsrc)));
    if (bind(fd, (struct sockaddr *) &src, sizeof src) < 0) die("bind");
    struct sockaddr_in a = server_addr();
    if (connect(fd, (struct sockaddr *) &a, sizeof a) < 0 && errno != EINPROGRESS) die("connect");
    struct epoll_event ev = {.events = EPOLLOUT | EPOLLIN, .data.u32 = (uint32_t) i};
    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) < 0) die("epoll_ctl");
    vs[i].fd = fd;
    vs[i].state = CONNECTING;
    vs[i].len = 0;
    return fd;
}

static void send_all(int fd, const void *data, size_t n) {
    const char *p = data;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EAGAIN) { struct timespec t = {0, 100000}; nanosleep(&t, NULL); continue; }
            return;
        }
        p += w;
        n -= (size_t) w;
    }
}

static void send_handshake(int i) {
    char req[512];
    int n = snprintf(req, sizeof req,
            "GET /v1/shows/%s/live?viewerId=%08x-0000-4000-8000-%012x&lang=%s&platform=%s HTTP/1.1\r\n"
            "Host: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
            show, (unsigned) (0x10000000u + first_id + i), (unsigned) (first_id + i), (i % 3 == 0) ? "zh-TW" : (i % 3 == 1) ? "en" : "ko",
            (i % 2) ? "ios" : "android", host, port);
    send_all(vs[i].fd, req, (size_t) n);
    vs[i].state = HANDSHAKE;
    struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t) i};
    epoll_ctl(ep, EPOLL_CTL_MOD, vs[i].fd, &ev);
}

/* A masked client text frame (payload < 126 bytes). */
static void send_text(int fd, const char *text) {
    unsigned char f[160];
    size_t n = strlen(text);
    if (n > 125) return;
    static const unsigned char mask[4] = {0x12, 0x34, 0x56, 0x78};
    f[0] = 0x81;
    f[1] = 0x80 | (unsigned char) n;
    memcpy(f + 2, mask, 4);
    for (size_t k = 0; k < n; k++) f[6 + k] = (unsigned char) text[k] ^ mask[k & 3];
    send_all(fd, f, 6 + n);
}

/* --- what the rounds measure --- */
static int round_no;
static int received, closed_count, opened;
static long long t_fire, t_first_recv, t_last_recv, t_p99_recv;
static int p99_count; /* viewers that make 99 %: the round's p99 delivery is when that many had the cue */

static void on_text(int i, const char *p, size_t n) {
    if (memmem(p, n, "\"type\":\"cue\"", 12)) {
        if (vs[i].got_cue != round_no) {
            vs[i].got_cue = round_no;
            received++;
            t_last_recv = now_ns();
            if (received == 1) t_first_recv = t_last_recv;
            if (received == p99_count) t_p99_recv = t_last_recv;
            const char *f = memmem(p, n, "\"fireId\":\"", 10);
            if (f) {
                f += 10;
                const char *end = memchr(f, '"', n - (size_t) (f - p));
                if (end && end - f < 64) {
                    char ack[128];
                    snprintf(ack, sizeof ack, "{\"type\":\"ack\",\"fireId\":\"%.*s\"}", (int) (end - f), f);
                    send_text(vs[i].fd, ack);
                }
            }
        }
    } else if (memmem(p, n, "\"type\":\"closed\"", 15)) {
        if (vs[i].got_closed != round_no) {
            vs[i].got_closed = round_no;
            closed_count++;
        }
    }
}

/* Parses the server's frames in the viewer's buffer (unmasked, as servers send them). */
static void parse_frames(int i) {
    viewer *v = &vs[i];
    size_t at = 0;
    while (v->len - at >= 2) {
        unsigned char *b = v->buf + at;
        uint64_t plen = b[1] & 0x7f;
        size_t hdr = 2;
        if (plen == 126) {
            if (v->len - at < 4) break;
            plen = ((uint64_t) b[2] << 8) | b[3];
            hdr = 4;
        } else if (plen == 127) {
            if (v->len - at < 10) break;
            plen = 0;
            for (int k = 0; k < 8; k++) plen = (plen << 8) | b[2 + k];
            hdr = 10;
        }
        if (hdr + plen > RBUF) { v->state = DEAD; return; }
        if (v->len - at < hdr + plen) break;
        int opcode = b[0] & 0x0f;
        if (opcode == 1) on_text(i, (const char *) b + hdr, (size_t) plen);
        else if (opcode == 8) {
            if (opened < nv) fprintf(stderr, "viewer %d: closed by the server: %d %.*s\n", i,
                    plen >= 2 ? (b[hdr] << 8) | b[hdr + 1] : 0, (int) (plen > 2 ? plen - 2 : 0), b + hdr + 2);
            v->state = DEAD;
        }
        at += hdr + (size_t) plen;
    }
    memmove(v->buf, v->buf + at, v->len - at);
    v->len -= at;
}

static void on_readable(int i) {
    viewer *v = &vs[i];
    for (;;) {
        ssize_t r = read(v->fd, v->buf + v->len, RBUF - v->len);
        if (r == 0 || (r < 0 && errno != EAGAIN)) {
            if (v->state == HANDSHAKE) fprintf(stderr, "viewer %d: closed during the handshake: %s\n", i, r ? strerror(errno) : "EOF");
            v->state = DEAD;
            return;
        }
        if (r < 0) return;
        v->len += (size_t) r;
        if (v->state == HANDSHAKE) {
            unsigned char *end = memmem(v->buf, v->len, "\r\n\r\n", 4);
            if (!end) continue;
            if (memcmp(v->buf, "HTTP/1.1 101", 12) != 0) {
                fprintf(stderr, "viewer %d refused: %.*s\n", i, 40, v->buf);
                v->state = DEAD;
                return;
            }
            size_t used = (size_t) (end + 4 - v->buf);
            memmove(v->buf, v->buf + used, v->len - used);
            v->len -= used;
            v->state = OPEN;
            opened++;
        }
        if (v->state == OPEN) parse_frames(i);
        if (v->len == RBUF) { v->state = DEAD; return; }
    }
}

static void pump(int wait_ms) {
    struct epoll_event evs[512];
    int n = epoll_wait(ep, evs, 512, wait_ms);
    for (int k = 0; k < n; k++) {
        int i = (int) evs[k].data.u32;
        if (vs[i].state == CONNECTING && (evs[k].events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
            int err = 0;
            socklen_t l = sizeof err;
            getsockopt(vs[i].fd, SOL_SOCKET, SO_ERROR, &err, &l);
            if (err) { fprintf(stderr, "viewer %d: connect: %s\n", i, strerror(err)); vs[i].state = DEAD; continue; }
            send_handshake(i);
        } else if (evs[k].events & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
            on_readable(i);
        }
    }
}

/* One blocking HTTP request on its own connection (control traffic, outside the fan-out sockets'
 * loop only while nothing is being measured, except the fire, which is sent and then read back
 * inside the loop). Returns the body in out. */
static int http_fd_send(const char *method, const char *path, const char *body, const char *key) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = server_addr();
    if (connect(fd, (struct sockaddr *) &a, sizeof a) < 0) die("connect http");
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    char req[1024];
    int n = snprintf(req, sizeof req,
            "%s %s HTTP/1.1\r\nHost: %s:%d\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\n"
            "%s%s%sContent-Length: %zu\r\nConnection: close\r\n\r\n%s",
            method, path, host, port, token, key ? "Idempotency-Key: " : "", key ? key : "", key ? "\r\n" : "",
            strlen(body), body);
    send_all(fd, req, (size_t) n);
    return fd;
}

static int http_read(int fd, char *out, size_t cap) {
    size_t len = 0;
    for (;;) {
        ssize_t r = read(fd, out + len, cap - 1 - len);
        if (r <= 0) break;
        len += (size_t) r;
        if (len >= cap - 1) break;
    }
    out[len] = 0;
    close(fd);
    int status = 0;
    sscanf(out, "HTTP/1.1 %d", &status);
    return status;
}

static const char *body_of(const char *resp) {
    const char *b = strstr(resp, "\r\n\r\n");
    return b ? b + 4 : resp;
}

/* Opens all nv viewers; returns the time it took (ns); exits if some could not connect. */
static long long connect_all(void) {
    opened = 0;
    long long t0 = now_ns();
    int started = 0;
    while (opened < nv) {
        int dead = 0;
        for (int i = 0; i < started; i++) dead += vs[i].state == DEAD;
        /* paced, a viewer may start only once its moment has come (a join storm of a given length) */
        long long allowed = rate > 0 ? (long long) (rate * (now_ns() - t0) / 1e9) + 1 : nv;
        while (started < nv && started < allowed && started - opened - dead < inflight) start_connect(started++);
        if (dead > 0 && opened + dead >= nv) break;
        pump(5);
        if (now_ns() - t0 > 120000000000LL) break;
    }
    if (opened < nv) { fprintf(stderr, "only %d of %d viewers connected\n", opened, nv); exit(1); }
    return now_ns() - t0;
}

static int cmp_ll(const void *a, const void *b) {
    long long x = *(const long long *) a, y = *(const long long *) b;
    return x < y ? -1 : x > y;
}

static long long median(long long *v, int n) {
    qsort(v, (size_t) n, sizeof *v, cmp_ll);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* --observe: the viewers of one node of several; a driver fires and reads these lines. A fire
 * counts as done when every viewer has its cue, or 30 s after its first cue arrived. */
static int observe_fires(const char *label) {
    p99_count = (nv * 99 + 99) / 100;
    long long t_conn = connect_all();
    printf("READY %s n=%d connected in %.0f ms\n", label, nv, t_conn / 1e6);
    fflush(stdout);
    for (round_no = 1; round_no <= warmup + rounds; round_no++) {
        received = 0;
        long long t_first = 0;
        while (received < nv && (t_first == 0 || now_ns() - t_first < 30000000000LL)) {
            int before = received;
            pump(20);
            if (before == 0 && received > 0) t_first = now_ns();
        }
        printf("OBSERVED %s round=%d received=%d p99_ns=%lld last_ns=%lld\n", label, round_no, received,
                received >= p99_count ? t_p99_recv : -1LL, t_last_recv);
        fflush(stdout);
    }
    for (int w = 0; w < 100; w++) pump(10); /* let the last acks go out */
    return 0;
}

static void usage(void) {
    fprintf(stderr, "usage: fanclient --port P --show S --cue C --token T --pid SERVER_PID --n N "
            "[--rounds 5] [--warmup 2] [--inflight 256] [--label NAME] [--hold SECONDS] [--observe 1] [--first-id K] [--rate R]\n"
            "  --rate R: start at most R connections a second (a join storm of a given length); default: as fast as the server takes them\n"
            "  --observe 1: connect once, print READY, then only receive and ack the cues someone else fires\n"
            "  (bench/three-nodes.sh), one OBSERVED line per fire with CLOCK_MONOTONIC times, for warmup+rounds fires\n");
    exit(2);
}

int main(int argc, char **argv) {
    char label[64] = "server";
    for (int k = 1; k < argc; k++) {
        if (k + 1 >= argc) usage();
        const char *o = argv[k], *val = argv[++k];
        if (!strcmp(o, "--port")) port = atoi(val);
        else if (!strcmp(o, "--host")) snprintf(host, sizeof host, "%s", val);
        else if (!strcmp(o, "--show")) snprintf(show, sizeof show, "%s", val);
        else if (!strcmp(o, "--cue")) snprintf(cue, sizeof cue, "%s", val);
        else if (!strcmp(o, "--token")) snprintf(token, sizeof token, "%s", val);
        else if (!strcmp(o, "--pid")) server_pid = atoi(val);
        else if (!strcmp(o, "--n")) nv = atoi(val);
        else if (!strcmp(o, "--rounds")) rounds = atoi(val);
        else if (!strcmp(o, "--warmup")) warmup = atoi(val);
        else if (!strcmp(o, "--inflight")) inflight = atoi(val);
        else if (!strcmp(o, "--label")) snprintf(label, sizeof label, "%s", val);
        else if (!strcmp(o, "--hold")) hold = atoi(val);
        else if (!strcmp(o, "--observe")) observe = atoi(val);
        else if (!strcmp(o, "--first-id")) first_id = (unsigned) atoi(val);
        else if (!strcmp(o, "--rate")) rate = atof(val);
        else usage();
    }
    if (!port || !show[0] || !cue[0] || !server_pid || nv <= 0 || nv > MAXV - 100) usage();
    vs = calloc((size_t) nv, sizeof *vs);
    ep = epoll_create1(0);

    /* 1. connect everyone, at most `inflight` handshakes at a time: once cold (memory per connection
     * is the server's RSS growth over this first connect), then, after closing them all, again
     * (connections per second are timed on this warm connect, so a JIT warming up is not timed) */
    if (observe) return observe_fires(label);
    sleep(1);
    long rss0 = server_rss_kb();
    long long t_cold = connect_all();
    for (int w = 0; w < 200; w++) pump(10); /* 2 s: let the server settle */
    long rss1 = server_rss_kb();
    double mem_kb = (double) (rss1 - rss0) / nv;
    for (int i = 0; i < nv; i++) { close(vs[i].fd); vs[i].state = DEAD; }
    for (int w = 0; w < 300; w++) pump(10); /* 3 s: the server closes them */
    long long cpu_c0 = server_cpu_ns();
    long long t_connected = connect_all();
    long long cpu_c1 = server_cpu_ns();
    for (int w = 0; w < 200; w++) pump(10);
    double cps = nv / (t_connected / 1e9);
    printf("%s n=%d server CPU per accepted connection (warm): %.1f us\n", label, nv, (cpu_c1 - cpu_c0) / 1e3 / nv);
    printf("%s n=%d connected cold in %.0f ms, warm in %.0f ms: %.0f connections/s; server RSS %ld -> %ld KB over the "
            "cold connect: %.1f KB per connection\n", label, nv, t_cold / 1e6, t_connected / 1e6, cps, rss0, rss1, mem_kb);
    fflush(stdout);

    if (hold > 0) { /* keep the viewers connected (say, to look at the server's heap), then go on */
        printf("%s n=%d holding %d viewers for %d s\n", label, nv, opened, hold);
        fflush(stdout);
        for (long long t = now_ns(); now_ns() - t < hold * 1000000000LL;) pump(100);
    }

    /* 2. rounds */
    long long recv_ms[64], ack_ms[64], cpu_ns[64], p99_ms[64], first_ms[64];
    p99_count = (nv * 99 + 99) / 100;
    int m = 0;
    for (round_no = 1; round_no <= warmup + rounds; round_no++) {
        received = 0;
        closed_count = 0;
        char key[64], resp[8192], path[512];
        snprintf(key, sizeof key, "bench-%d-%lld", round_no, (long long) time(NULL));
        snprintf(path, sizeof path, "/api/v1/shows/%s/cues/%s/fire", show, cue);
        long long cpu0 = server_cpu_ns();
        double ccpu0 = client_cpu_ms();
        t_fire = now_ns();
        int hfd = http_fd_send("POST", path, "{}", key);
        while (received < nv && now_ns() - t_fire < timeout_ms * 1000000LL) pump(50);
        long long t_recv = t_last_recv - t_fire;
        long long t_p99 = t_p99_recv - t_fire;
        long long t_first = t_first_recv - t_fire;
        int status = http_read(hfd, resp, sizeof resp);
        char fire_id[80] = "";
        const char *f = strstr(body_of(resp), "\"fireId\":\"");
        if (f) sscanf(f + 10, "%79[^\"]", fire_id);
        if (status != 202 || !fire_id[0]) { fprintf(stderr, "fire refused: %s\n", resp); return 1; }
        /* the server's time to the last ack: its fire report, polled until every ack is counted */
        long long acks = 0, max_ms = -1;
        snprintf(path, sizeof path, "/api/v1/shows/%s/fires/%s/report", show, fire_id);
        long long t_poll = now_ns();
        while (now_ns() - t_poll < timeout_ms * 1000000LL) {
            for (int w = 0; w < 2; w++) pump(10);
            http_read(http_fd_send("GET", path, "", NULL), resp, sizeof resp);
            const char *a = strstr(body_of(resp), "\"acks\":");
            const char *x = strstr(body_of(resp), "\"max\":");
            acks = a ? atoll(a + 7) : 0;
            max_ms = x ? atoll(x + 6) : -1;
            if (acks >= nv) break;
        }
        long long cpu1 = server_cpu_ns();
        double ccpu1 = client_cpu_ms();
        printf("%s n=%d round %d%s: first cue in %.1f ms, 99%% received in %.1f ms, 100%% in %.1f ms (%d/%d), "
                "last ack at %lld ms (%lld acks), server CPU %.1f us/viewer, client CPU %.1f us/viewer\n",
                label, nv, round_no, round_no <= warmup ? " (warm-up)" : "", t_first / 1e6, t_p99 / 1e6, t_recv / 1e6,
                received, nv,
                max_ms, acks,
                (cpu1 - cpu0) / 1e3 / nv, (ccpu1 - ccpu0) * 1e3 / nv);
        fflush(stdout);
        if (round_no > warmup) {
            recv_ms[m] = t_recv;
            p99_ms[m] = t_p99;
            first_ms[m] = t_first;
            ack_ms[m] = max_ms;
            cpu_ns[m] = cpu1 - cpu0;
            m++;
        }
        /* close the window and wait until every viewer heard it */
        snprintf(path, sizeof path, "/api/v1/shows/%s/fires/%s/close", show, fire_id);
        http_read(http_fd_send("POST", path, "{}", NULL), resp, sizeof resp);
        long long t_close = now_ns();
        while (closed_count < nv && now_ns() - t_close < timeout_ms * 1000000LL) pump(50);
        for (int w = 0; w < 50; w++) pump(10);
    }
    if (m == 0) return 0;
    printf("RESULT %s n=%d rounds=%d recv_ms=%.1f lastack_ms=%lld cpu_us_per_viewer=%.1f mem_kb_per_conn=%.1f "
            "conn_per_s=%.0f p99_recv_ms=%.1f first_ms=%.1f\n", label, nv, m, median(recv_ms, m) / 1e6,
            median(ack_ms, m), median(cpu_ns, m) / 1e3 / nv, mem_kb, cps, median(p99_ms, m) / 1e6,
            median(first_ms, m) / 1e6);
    return 0;
}
