package io.cuedeck.protocol.reports;

/**
 * One line of a show's reconciliation, shown green ({@code ok}) or red, with {@code detail} in
 * words (what was checked, and what is missing when it is not ok).
 */
public record Check(boolean ok, String detail) {
}
