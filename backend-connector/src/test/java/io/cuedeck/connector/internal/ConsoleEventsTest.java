package io.cuedeck.connector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.console.FireStarted;
import io.cuedeck.protocol.console.Tick;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleEventsTest {

    @Test
    void aTickIsReadIntoItsRecord() {
        assertThat(ConsoleEvents.decode("{\"type\":\"tick\",\"t\":1000,\"viewers\":42,\"heartbeatsPerSecond\":1.5,"
                + "\"joins\":3,\"leaves\":1,\"sockets\":40}"))
                .isEqualTo(new Tick(1000, 42, 1.5, 3, 1, 40));
    }

    @Test
    void anEventTypeFromANewerServerIsDroppedNotFatal() {
        assertThat(ConsoleEvents.decode("{\"type\":\"boost\",\"nodes\":4}")).isNull();
    }

    @Test
    void fieldsAddedByANewerServerAreIgnored() {
        assertThat(ConsoleEvents.decode("{\"type\":\"fire\",\"fireId\":\"f1\",\"cueId\":\"c1\",\"kind\":\"poll\","
                + "\"firedAt\":\"2026-11-21T20:00:00Z\",\"closesAt\":\"2026-11-21T20:00:30Z\",\"targeted\":7,\"node\":\"n2\"}"))
                .isEqualTo(new FireStarted("f1", "c1", CueKind.POLL, Instant.parse("2026-11-21T20:00:00Z"),
                        Instant.parse("2026-11-21T20:00:30Z"), 7));
    }

    @Test
    void garbageAndFramesWithoutATypeAreDropped() {
        assertThat(ConsoleEvents.decode("not json")).isNull();
        assertThat(ConsoleEvents.decode("{\"viewers\":1}")).isNull();
        assertThat(ConsoleEvents.decode("[]")).isNull();
    }
}
