/**
 * Wire records of the Cuedeck API: the JSON shapes that the server writes and the client reads.
 *
 * <p>No logic lives here, only names, except the one set of cue rules ({@code rules.CueValidator})
 * that the server enforces and the console checks before sending, so the two cannot disagree. Times are ISO-8601 instants unless a field says otherwise;
 * absent optional fields are omitted from JSON rather than written as {@code null}.
 * The server rejects unknown fields in requests; clients ignore unknown fields in responses so
 * that an older console keeps working against a newer server.
 */
package io.cuedeck.protocol;
