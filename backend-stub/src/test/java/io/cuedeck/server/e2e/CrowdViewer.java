package io.cuedeck.server.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.protocol.viewer.AckMessage;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.server.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;

/**
 * One simulated viewer of the crowd: when a cue arrives it remembers it, acks it and answers
 * {@code choice}, all on the client's own threads without blocking, like a real viewer app.
 */
final class CrowdViewer implements WebSocket.Listener {

    final String lang;
    final int choice;
    private final CountDownLatch cues;
    private final CountDownLatch accepted;
    private final StringBuilder partial = new StringBuilder();
    volatile JsonNode cue;
    volatile String refusal;

    CrowdViewer(String lang, int choice, CountDownLatch cues, CountDownLatch accepted) {
        this.lang = lang;
        this.choice = choice;
        this.cues = cues;
        this.accepted = accepted;
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            handle(ws, partial.toString());
            partial.setLength(0);
        }
        ws.request(1);
        return null;
    }

    private void handle(WebSocket ws, String text) {
        JsonNode message;
        try {
            message = Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (message.path("type").asText()) {
            case "cue" -> {
                cue = message;
                cues.countDown();
                String fireId = message.get("fireId").asText();
                ws.sendText(Json.write(new AckMessage(fireId)), true)
                        .thenCompose(w -> w.sendText(Json.write(new AnswerMessage(fireId, choice, null)), true));
            }
            case "accepted" -> accepted.countDown();
            case "refused" -> refusal = message.path("reason").asText();
            default -> {
            }
        }
    }
}
