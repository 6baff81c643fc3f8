package io.cuedeck.server.audience;

import static io.cuedeck.server.testing.RawHttp.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cuedeck.server.config.ConfigSource;
import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.RawHttp;
import io.cuedeck.server.testing.RawHttp.Upgrade;
import io.cuedeck.server.testing.TestServer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The viewer socket as the edge upgrades it on Jetty's core API ({@link ViewerUpgrade},
 * {@link ViewerFrames}), byte for byte on a raw connection: what the Jetty API under Javalin did
 * and no other test pins (the frames of a message, pings, binary and non-UTF-8 messages, the
 * close right after the 101, subprotocols, what the edge leaves to the Javalin twin, and the
 * socket slot of an upgrade that does not become a viewer's).
 */
class ViewerSocketEdgeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static TestServer server;
    private static String show;

    @BeforeAll
    static void start() {
        server = TestServer.start(c -> c.withSource(ConfigSource.of(Map.of("CUEDECK_SOCKETS_PER_IP", "1"))));
        show = new Fixtures(server.api()).liveShow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int address = 20;

    /** Each test connects from a loopback address of its own: one viewer socket per address here. */
    private static RawHttp client() {
        return new RawHttp(server.baseUrl(), "127.0.0." + address++);
    }

    private static String live(String showId) {
        return "/v1/shows/" + showId + "/live?viewerId=" + UUID.randomUUID();
    }

    /** {@code first}: the frame's first byte (FIN, RSV1-3, opcode). */
    private record Frame(int first, byte[] payload) {
        int opcode() {
            return first & 0x0f;
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        int closeCode() {
            return ByteBuffer.wrap(payload).getShort() & 0xffff;
        }

        String closeReason() {
            return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    /** A masked client frame. */
    private static void send(Upgrade up, int opcode, boolean fin, byte[] payload) {
        try {
            OutputStream out = up.socket().getOutputStream();
            byte[] mask = {1, 2, 3, 4};
            out.write((fin ? 0x80 : 0) | opcode);
            if (payload.length < 126) {
                out.write(0x80 | payload.length);
            } else {
                out.write(0x80 | 126);
                out.write(payload.length >> 8);
                out.write(payload.length & 0xff);
            }
            out.write(mask);
            byte[] masked = new byte[payload.length];
            for (int i = 0; i < payload.length; i++) {
                masked[i] = (byte) (payload[i] ^ mask[i % 4]);
            }
            out.write(masked);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sendText(Upgrade up, String text) {
        send(up, 1, true, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The next frame from the server (unmasked, under 64 KiB). */
    private static Frame next(Upgrade up) {
        try {
            DataInputStream in = new DataInputStream(up.socket().getInputStream());
            int first = in.readUnsignedByte();
            int length = in.readUnsignedByte() & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            return new Frame(first, payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next frame that is not the cue list a joining viewer may get. */
    private static Frame nextRefusalOrClose(Upgrade up) {
        Frame frame = next(up);
        while (frame.opcode() == 1 && !frame.text().contains("\"refused\"")) {
            frame = next(up);
        }
        return frame;
    }

    @Test
    void aPlainGetOfTheLivePathIsAnUnknownRouteAsBefore() {
        RawHttp.Reply reply = client().send(request("GET", live(show)));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aBadViewerIdGetsTheCloseFrameWith1008AndTheReasonRightAfterThe101() {
        try (Upgrade up = client().upgrade("/v1/shows/" + show + "/live?viewerId=me")) {
            assertThat(up.reply().status()).isEqualTo(101);
            Frame close = next(up);

            assertThat(close.opcode()).isEqualTo(8);
            assertThat(close.closeCode()).isEqualTo(1008);
            assertThat(close.closeReason()).contains("viewerId must be a UUID");
        }
    }

    @Test
    void aShowIdTheEdgeWouldHaveToDecodeIsUpgradedByTheJavalinTwinWithTheSameChecks() {
        try (Upgrade up = client().upgrade(live("nope%2Dx"))) {
            assertThat(up.reply().status()).isEqualTo(101);
            Frame close = next(up);

            assertThat(close.closeCode()).isEqualTo(1008);
            assertThat(close.closeReason()).isEqualTo("There is no show 'nope-x'.");
        }
    }

    /**
     * Written straight to the socket while nothing else is, each reply has to wait behind the one
     * still being written once the viewer stops reading (its buffers fill after a few): the
     * replies, and the pong among them, must still arrive whole and in order.
     */
    @Test
    void aViewerThatStopsReadingGetsEveryReplyWholeAndInOrderOnceItReadsAgain() throws Exception {
        int answers = 400;
        // 6 MB of replies, more than the socket buffers of both ends take (about 4 MB here), so the
        // replies stall and wait in the socket's queue (256 frames, WebServer.MAX_QUEUED_FRAMES)
        String padding = "x".repeat(15_000);
        try (Upgrade up = client().upgrade(2_048, live(show))) {
            AtomicInteger sent = new AtomicInteger();
            CompletableFuture<Void> sender = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < answers; i++) {
                    sendText(up, "{\"type\":\"answer\",\"fireId\":\"" + i + "-" + padding + "\",\"choice\":0}");
                    if (i == answers / 2) {
                        send(up, 9, true, "still there".getBytes(StandardCharsets.UTF_8));
                    }
                    sent.incrementAndGet();
                }
            });
            // The viewer reads nothing until its answers are all sent, or until sending them stalls:
            // the server takes no more while the replies it owes wait to be written. How much fits
            // in the sockets' buffers before that is the kernel's to choose, so reading only after
            // the last send could leave both ends waiting on each other.
            int[] lastSeen = {-1};
            await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
                int now = sent.get();
                boolean stalled = now == lastSeen[0];
                lastSeen[0] = now;
                return sender.isDone() || stalled;
            });
            java.util.List<Integer> repliedTo = new java.util.ArrayList<>();
            int pongs = 0;
            while (repliedTo.size() < answers) {
                Frame frame = next(up);
                if (frame.opcode() == 10) {
                    assertThat(frame.text()).isEqualTo("still there");
                    pongs++;
                } else if (frame.opcode() == 1 && frame.text().contains("\"refused\"")) {
                    String fireId = io.cuedeck.server.Json.read(frame.text(), com.fasterxml.jackson.databind.JsonNode.class)
                            .get("fireId").asText();
                    assertThat(fireId).endsWith(padding);
                    repliedTo.add(Integer.parseInt(fireId.substring(0, fireId.indexOf('-'))));
                } else {
                    assertThat(frame.opcode()).as("a text frame (a cue list on joining)").isEqualTo(1);
                }
            }

            sender.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(repliedTo).isEqualTo(java.util.stream.IntStream.range(0, answers).boxed().toList());
            assertThat(pongs).isEqualTo(1);
        }
    }

    /**
     * The edge negotiates no extension: were permessage-deflate taken, every frame would have to be
     * compressed, and a fan-out's frame made once could not go to that socket as it is
     * ({@code DirectFrames.writerOf} sends such a socket's frames through its session).
     */
    @Test
    void aViewerOfferingCompressionGetsTheOpenCueAsAPlainTextFrame() {
        Fixtures fixtures = new Fixtures(server.api());
        String ownShow = fixtures.liveShow();
        String fireId = server.api().fire(ownShow, fixtures.poll(ownShow)).get("fireId").asText();
        // the open cue is written to the socket as it joins, framed once as a fan-out frames it
        try (Upgrade up = client().upgrade(live(ownShow), "Sec-WebSocket-Extensions: permessage-deflate")) {
            assertThat(up.reply().status()).isEqualTo(101);
            assertThat(up.reply().header("Sec-WebSocket-Extensions")).isNull();

            Frame cue = next(up);
            assertThat(cue.first()).as("FIN, no RSV bits, text").isEqualTo(0x81);
            assertThat(cue.text()).contains("\"type\":\"cue\"").contains(fireId);
        }
    }

    @Test
    void aPingIsAnsweredWithAPongOfTheSamePayload() {
        try (Upgrade up = client().upgrade(live(show))) {
            send(up, 9, true, "are you there".getBytes(StandardCharsets.UTF_8));

            Frame pong = next(up);
            assertThat(pong.opcode()).isEqualTo(10);
            assertThat(pong.text()).isEqualTo("are you there");
        }
    }

    @Test
    void aMessageInSeveralFramesIsReadAsOneAndABinaryMessageIsDropped() {
        try (Upgrade up = client().upgrade(live(show))) {
            send(up, 2, true, new byte[] {0, 1, 2});
            send(up, 1, false, "{\"type\":\"answer\",\"fire".getBytes(StandardCharsets.UTF_8));
            send(up, 0, false, "Id\":\"nope\",".getBytes(StandardCharsets.UTF_8));
            send(up, 0, true, "\"choice\":0}".getBytes(StandardCharsets.UTF_8));

            Frame refused = nextRefusalOrClose(up);
            assertThat(refused.text()).contains("\"unknown_fire\"");
        }
    }

    @Test
    void textThatIsNotUtf8ClosesTheSocketWith1007() {
        try (Upgrade up = client().upgrade(live(show))) {
            send(up, 1, true, new byte[] {'{', '"', (byte) 0xff, '"', '}'});

            Frame close = nextRefusalOrClose(up);
            assertThat(close.opcode()).isEqualTo(8);
            assertThat(close.closeCode()).isEqualTo(1007);
        }
    }

    @Test
    void framesAddingUpToMoreThan16KiBCloseTheSocketWith1009AndTheSizes() {
        try (Upgrade up = client().upgrade(live(show))) {
            send(up, 1, false, "x".repeat(9_000).getBytes(StandardCharsets.UTF_8));
            send(up, 0, true, "x".repeat(9_000).getBytes(StandardCharsets.UTF_8));

            Frame close = nextRefusalOrClose(up);
            assertThat(close.closeCode()).isEqualTo(1009);
            assertThat(close.closeReason()).isEqualTo(String.format("Text message too large: %,d > %,d", 18_000, 16_384));
        }
    }

    @Test
    void aClientThatOffersSubprotocolsGetsItsFirstAsBefore() {
        try (Upgrade up = client().upgrade(live(show), "Sec-WebSocket-Protocol: cuedeck, other")) {
            assertThat(up.reply().status()).isEqualTo(101);
            assertThat(up.reply().header("sec-websocket-protocol")).isEqualTo("cuedeck");
        }
    }

    @Test
    void upgradesRefusedForTheirOriginOrClosedWith1008GiveTheirSocketSlotBack() {
        RawHttp one = client();
        for (int i = 0; i < 3; i++) {
            // each refusal takes the address's one slot for a moment (429 until it is given back), never for good
            await().atMost(WAIT).until(() -> {
                try (Upgrade refused = one.upgrade(live(show), "Origin: https://elsewhere.example")) {
                    return refused.reply().status() == 403;
                }
            });
        }
        try (Upgrade bad = one.upgrade("/v1/shows/" + show + "/live?viewerId=me")) {
            assertThat(next(bad).closeCode()).isEqualTo(1008);
        }

        await().atMost(WAIT).until(() -> {
            try (Upgrade viewer = one.upgrade(live(show))) {
                return viewer.reply().status() == 101;
            }
        });
    }
}
