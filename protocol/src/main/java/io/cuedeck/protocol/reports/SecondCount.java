package io.cuedeck.protocol.reports;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How many things happened in one second, written as the pair {@code [epochSecond, count]}: for
 * example the answers accepted in that second of a fire's window.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"epochSecond", "count"})
public record SecondCount(long epochSecond, long count) {
}
