package io.cuedeck.protocol.viewer;

/** The viewer received a cue. Only the first ack per viewer per fire counts. */
public record AckMessage(String fireId) implements FromViewer {
}
