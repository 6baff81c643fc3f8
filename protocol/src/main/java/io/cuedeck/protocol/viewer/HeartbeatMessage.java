package io.cuedeck.protocol.viewer;

/** Keeps presence alive over the socket; an open socket counts as presence anyway. */
public record HeartbeatMessage() implements FromViewer {
}
