package io.cuedeck.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.cuedeck.protocol.CueDraft;
import io.cuedeck.protocol.FireRequest;
import io.cuedeck.protocol.NewShow;
import io.cuedeck.protocol.RundownOrder;
import io.cuedeck.protocol.ShowPatch;
import io.cuedeck.protocol.capacity.BoostDraft;
import io.cuedeck.protocol.capacity.BoostNow;
import io.cuedeck.protocol.capacity.CalendarImport;
import io.cuedeck.protocol.rules.CueValidator;
import io.cuedeck.protocol.rules.InvalidCueException;
import io.cuedeck.protocol.viewer.FromViewer;
import io.cuedeck.protocol.viewer.HeartbeatRequest;
import io.cuedeck.protocol.viewer.ViewerAck;
import io.cuedeck.protocol.viewer.ViewerAnswer;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Bodies;
import java.util.List;
import java.util.Set;

/**
 * The one place that decodes request bodies and viewer socket frames ({@link Bodies#parse}),
 * fuzzed with every type a client can send. Whatever the bytes, the answer is a value or an
 * {@link ApiException} the API can send (400 {@code bad_json} or {@code validation} naming the
 * field), never another exception, which would be a 500; an accepted cue draft is judged by the
 * cue rules without surprises either.
 *
 * <p>In {@code mvn verify} this runs in regression mode (the inputs under
 * src/test/resources/io/cuedeck/server/fuzz/RequestBodyFuzzTestInputs) and then fuzzes for a few
 * seconds in the {@code fuzz} execution; docs/security.md gives the command for a longer run.
 */
class RequestBodyFuzzTest {

    static final List<Class<?>> TYPES = List.of(NewShow.class, ShowPatch.class, CueDraft.class, RundownOrder.class,
            FireRequest.class, BoostDraft.class, BoostNow.class, CalendarImport.class, HeartbeatRequest.class,
            ViewerAck.class, ViewerAnswer.class, FromViewer.class);
    private static final Set<String> CODES = Set.of("bad_json", "validation");

    @FuzzTest(maxDuration = "5s")
    void anyBodyIsAValueOrAnApiRefusal(FuzzedDataProvider data) {
        Class<?> type = TYPES.get(data.consumeInt(0, TYPES.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        Object value;
        try {
            value = Bodies.parse(body, type);
        } catch (ApiException refused) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isIn(CODES);
            assertThat(refused.getMessage()).isNotBlank();
            if (refused.code().equals("validation")) {
                assertThat(refused.body().field()).as("a validation error names its field").isNotBlank();
            }
            return;
        }
        assertThat(value).isInstanceOf(type);
        if (value instanceof CueDraft draft) {
            try {
                CueValidator.validate(draft);
            } catch (InvalidCueException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }
}
