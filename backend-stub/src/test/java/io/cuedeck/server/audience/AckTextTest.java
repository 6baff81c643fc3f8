package io.cuedeck.server.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.FromViewer;
import io.cuedeck.server.http.Bodies;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ack read without the parser reads what the parser reads, and leaves it every other text. */
class AckTextTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theAckEveryClientSendsIsReadAsTheParserReadsIt() {
        for (String id : List.of("f-1a2b3c", "", "飛-火", "x".repeat(200))) {
            byte[] text = utf8("{\"type\":\"ack\",\"fireId\":\"" + id + "\"}");
            assertThat(AckText.parse(text)).isEqualTo(new AckMessage(id)).isEqualTo(Bodies.parse(text, FromViewer.class));
        }
    }

    @Test
    void anyOtherFormIsLeftToTheParser() {
        for (String text : List.of(
                "{\"type\":\"ack\",\"fireId\":\"a\\\"b\"}",
                "{\"type\":\"ack\",\"fireId\":\"a\\u0041\"}",
                "{\"type\":\"ack\",\"fireId\":\"a\"b\"}",
                "{\"type\":\"ack\",\"fireId\":\"a\tb\"}",
                "{\"type\":\"ack\", \"fireId\":\"f1\"}",
                "{\"type\":\"ack\",\"fireId\":\"f1\",\"extra\":1}",
                "{\"type\":\"answer\",\"fireId\":\"f1\"}",
                "{\"type\":\"ack\",\"fireId\":\"f1\"} ",
                "{\"type\":\"ack\",\"fireId\":\"",
                "{\"type\":\"ack\",\"fireId\":\"f1",
                "")) {
            assertThat(AckText.parse(utf8(text))).as(text).isNull();
        }
    }
}
