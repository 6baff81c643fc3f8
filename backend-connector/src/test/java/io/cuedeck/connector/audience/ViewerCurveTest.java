package io.cuedeck.connector.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.connector.audience.ViewerCurve.Point;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ViewerCurveTest {

    @Test
    void aRampGrowsInAStraightLineFromNobodyAndThenHolds() {
        ViewerCurve ramp = ViewerCurve.ramp(1_000, Duration.ofSeconds(10));

        assertThat(ramp.viewersAt(Duration.ZERO)).isZero();
        assertThat(ramp.viewersAt(Duration.ofSeconds(5))).isEqualTo(500);
        assertThat(ramp.viewersAt(Duration.ofSeconds(10))).isEqualTo(1_000);
        assertThat(ramp.viewersAt(Duration.ofHours(1))).isEqualTo(1_000);
    }

    @Test
    void aShowCurveRisesPeaksAndFallsBetweenItsPoints() {
        ViewerCurve show = ViewerCurve.of(new Point(Duration.ofSeconds(60), 200), new Point(Duration.ofSeconds(10), 100),
                new Point(Duration.ofSeconds(30), 300));

        assertThat(show.viewersAt(Duration.ofSeconds(5))).isEqualTo(50);
        assertThat(show.viewersAt(Duration.ofSeconds(20))).isEqualTo(200);
        assertThat(show.viewersAt(Duration.ofSeconds(30))).isEqualTo(300);
        assertThat(show.viewersAt(Duration.ofSeconds(45))).isEqualTo(250);
        assertThat(show.viewersAt(Duration.ofSeconds(90))).isEqualTo(200);
    }

    @Test
    void aStepOfZeroDurationJumpsAtOnce() {
        ViewerCurve jump = ViewerCurve.of(new Point(Duration.ZERO, 300), new Point(Duration.ZERO, 5_000));

        assertThat(jump.viewersAt(Duration.ZERO)).isEqualTo(5_000);
    }

    @Test
    void negativeViewersAreRefused() {
        assertThatThrownBy(() -> new Point(Duration.ZERO, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
