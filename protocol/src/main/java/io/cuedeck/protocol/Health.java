package io.cuedeck.protocol;

/**
 * {@code GET /health}. {@code status} is {@code ok}, or {@code degraded} when an engine is down;
 * {@code hot} and {@code cold} name the engines ({@code memory}, {@code redis}, {@code sqlite},
 * {@code dynamodb}), suffixed {@code " (down)"} when unreachable.
 */
public record Health(String status, String hot, String cold, String version, String node) {
}
