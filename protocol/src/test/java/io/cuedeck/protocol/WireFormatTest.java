package io.cuedeck.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cuedeck.protocol.console.ConsoleEvent;
import io.cuedeck.protocol.console.Tally;
import io.cuedeck.protocol.console.Tick;
import io.cuedeck.protocol.viewer.AnswerMessage;
import io.cuedeck.protocol.viewer.CueMessage;
import io.cuedeck.protocol.viewer.FromViewer;
import io.cuedeck.protocol.viewer.ToViewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aConsoleEventWrittenOnItsOwnCarriesItsTypeTag() throws Exception {
        String text = json.writeValueAsString(new Tick(1_000L, 42, 1.5, 3, 1, 40));

        assertThat(text).contains("\"type\":\"tick\"").contains("\"viewers\":42");
        assertThat(json.readValue(text, ConsoleEvent.class)).isEqualTo(new Tick(1_000L, 42, 1.5, 3, 1, 40));
    }

    @Test
    void aTallyRoundTripsThroughTheSealedEventType() throws Exception {
        Tally tally = new Tally("f1", List.of(3L, 5L), 8);

        ConsoleEvent back = json.readValue(json.writeValueAsString(tally), ConsoleEvent.class);

        assertThat(back).isEqualTo(tally);
    }

    @Test
    void enumsAndInstantsAreWrittenAsLowercaseWordsAndIsoText() throws Exception {
        Instant at = Instant.parse("2026-11-21T20:00:00Z");
        CueMessage cue = new CueMessage("f1", "c1", CueKind.POLL, "zh-TW", "你好", List.of("是", "否"), at, at);

        String text = json.writeValueAsString(cue);

        assertThat(text).contains("\"type\":\"cue\"", "\"kind\":\"poll\"", "\"closesAt\":\"2026-11-21T20:00:00Z\"");
        assertThat(json.readValue(text, ToViewer.class)).isEqualTo(cue);
    }

    @Test
    void aViewerAnswerWithoutTextOmitsTheField() throws Exception {
        String text = json.writeValueAsString(new AnswerMessage("f1", 1, null));

        assertThat(text).isEqualTo("{\"type\":\"answer\",\"fireId\":\"f1\",\"choice\":1}");
        assertThat(json.readValue(text, FromViewer.class)).isEqualTo(new AnswerMessage("f1", 1, null));
    }

    @Test
    void aViewerCurvePointIsAPairOfNumbers() throws Exception {
        assertThat(json.writeValueAsString(new CurvePoint(1_700_000_000L, 12_000L))).isEqualTo("[1700000000,12000]");
        assertThat(json.readValue("[5,6]", CurvePoint.class)).isEqualTo(new CurvePoint(5, 6));
    }

    @Test
    void aCueDraftRecreatesTheCueItCameFrom() {
        Cue cue = new Cue("c1", "s1", CueKind.QUIZ, Map.of("en", "2+2?"), List.of(Map.of("en", "3"), Map.of("en", "4")),
                1, 20, "en", Instant.EPOCH, Instant.EPOCH);

        assertThat(cue.toDraft()).isEqualTo(new CueDraft(CueKind.QUIZ, Map.of("en", "2+2?"),
                List.of(Map.of("en", "3"), Map.of("en", "4")), 1, 20, "en"));
    }
}
