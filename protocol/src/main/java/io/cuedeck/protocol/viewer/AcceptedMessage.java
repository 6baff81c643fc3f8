package io.cuedeck.protocol.viewer;

/** The viewer's answer is stored durably and counted. */
public record AcceptedMessage(String fireId) implements ToViewer {
}
