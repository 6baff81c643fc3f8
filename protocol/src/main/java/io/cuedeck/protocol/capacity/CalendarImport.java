package io.cuedeck.protocol.capacity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * JSON body of {@code POST /api/v1/boosts/import}: a calendar to read from an {@code http(s)} or
 * {@code webcal} URL. Unless the import is a dry run the URL becomes a subscription, polled from
 * then on. (A calendar file is sent as the body itself, {@code Content-Type: text/calendar}.)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarImport(String url) {
}
