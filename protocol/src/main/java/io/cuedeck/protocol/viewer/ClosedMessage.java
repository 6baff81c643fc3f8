package io.cuedeck.protocol.viewer;

/** The answer window of a fire closed; answers sent after this are refused. */
public record ClosedMessage(String fireId) implements ToViewer {
}
