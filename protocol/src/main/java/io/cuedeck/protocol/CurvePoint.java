package io.cuedeck.protocol;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One point of a viewer curve, written as the pair {@code [epochSecond, viewers]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"epochSecond", "viewers"})
public record CurvePoint(long epochSecond, long viewers) {
}
