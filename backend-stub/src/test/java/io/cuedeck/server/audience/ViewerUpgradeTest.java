package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.server.testing.Fixtures;
import io.cuedeck.server.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a viewer's socket upgrade costs the server: no HTTP session (no cookie, nothing kept per
 * connection) and no per-message compression, even when the app asks for it as browsers do.
 */
class ViewerUpgradeTest {

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    /** The raw 101 response headers of an upgrade that offers permessage-deflate. */
    private static String upgrade(String show) throws IOException {
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/shows/" + show + "/live?viewerId=" + UUID.randomUUID() + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.US_ASCII).contains("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
            }
            return head.toString(StandardCharsets.US_ASCII);
        }
    }

    @Test
    void anUpgradeCreatesNoSessionAndNegotiatesNoCompression() throws IOException {
        String show = new Fixtures(server.api()).liveShow();

        String response = upgrade(show);

        assertThat(response).startsWith("HTTP/1.1 101");
        assertThat(response.toLowerCase()).doesNotContain("set-cookie").doesNotContain("sec-websocket-extensions");
    }
}
