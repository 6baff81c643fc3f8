package io.cuedeck.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bytes on a plain socket, for requests an HTTP client refuses to send (a {@code %u0041} path, a
 * NUL in a header, a body shorter than its Content-Length), and one response read back.
 */
public final class RawHttp {

    /** A response: status, headers (names in lower case) and body. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;
    private final String local;

    public RawHttp(String baseUrl) {
        this(baseUrl, null);
    }

    /** Connecting from {@code localAddress} (another loopback address, 127.0.0.2 and so on), so a test is its own client. */
    public RawHttp(String baseUrl, String localAddress) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.local = localAddress;
    }

    /** A connected socket (the caller closes it). */
    public Socket open() {
        return open(0);
    }

    /** A connected socket with a receive buffer of {@code receiveBuffer} bytes (0: the default). */
    public Socket open(int receiveBuffer) {
        try {
            Socket socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            if (local != null) {
                socket.bind(new InetSocketAddress(local, 0));
            }
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(30_000);
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code request} (ISO-8859-1, sent byte for byte) on a new connection and reads the response. */
    public Reply send(String request) {
        return send(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    public Reply send(byte[] request) {
        try (Socket socket = open()) {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket, request.length >= 4 && new String(request, 0, 4, StandardCharsets.ISO_8859_1).equals("HEAD"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A WebSocket upgrade of {@code path}, left open after its response (the caller closes it). */
    public Upgrade upgrade(String path, String... extra) {
        return upgrade(0, path, extra);
    }

    /** As {@link #upgrade(String, String...)}, with a receive buffer of {@code receiveBuffer} bytes (0: the default). */
    public Upgrade upgrade(int receiveBuffer, String path, String... extra) {
        Socket socket = open(receiveBuffer);
        try {
            String[] headers = new String[extra.length + 4];
            headers[0] = "Upgrade: websocket";
            headers[1] = "Connection: Upgrade";
            headers[2] = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==";
            headers[3] = "Sec-WebSocket-Version: 13";
            System.arraycopy(extra, 0, headers, 4, extra.length);
            String request = request("GET", path, headers).replace("Connection: close\r\n", "");
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new Upgrade(socket, read(socket, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An upgrade's socket and the response to it (101 when it became a WebSocket). */
    public record Upgrade(Socket socket, Reply reply) implements AutoCloseable {
        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /** A request line and headers for {@code method path}, with {@code extra} header lines. */
    public static String request(String method, String path, String... extra) {
        StringBuilder out = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String h : extra) {
            out.append(h).append("\r\n");
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }

    /** Reads one response from {@code socket}, waiting at most its read timeout. */
    public static Reply read(Socket socket, boolean head) throws IOException {
        InputStream in = socket.getInputStream();
        String head0 = readHead(in);
        String[] lines = head0.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (!head && status != 101 && status != 204 && length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if (!head && "chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
                body.write(in.readNBytes(size));
                in.readNBytes(2);
            }
        }
        return new Reply(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed after " + head.size() + " bytes: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int chunkSize(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.length() == 0 ? 0 : Integer.parseInt(line.toString().split(";")[0].trim(), 16);
    }

    public static Reply awaitReply(Socket socket, Duration wait) {
        try {
            socket.setSoTimeout((int) wait.toMillis());
            return read(socket, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
