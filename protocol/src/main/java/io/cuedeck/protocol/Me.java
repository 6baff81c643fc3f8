package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/v1/me}: who the request's token says its holder is. {@code name} is what the
 * audit trail records for it, {@code role} one of {@code producer}, {@code host}, {@code manager},
 * {@code automation}, and {@code show} the one show a host token is tied to (absent: every show),
 * so a console can open that show without asking and say why others are refused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Me(String name, String role, String show) {
}
