package io.cuedeck.console.capacity;

import io.cuedeck.protocol.capacity.Boost;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * The past 24 hours and the next 48 as a strip: an hour scale, the now line, and one bar per boost
 * from its scale-up (lead time lighter) to its end, coloured by status through style classes
 * ({@code boost-bar} plus {@code boost-<status>}). Overlapping boosts take separate lanes. A click
 * selects a boost; a double click edits it.
 */
final class BoostTimeline extends Pane {

    static final String ID = "capacity-timeline";
    static final double LANE = 30;
    private static final double TOP = 26;

    private final CapacityViewModel vm;
    private final Runnable edit;
    private final ZoneId zone = ZoneId.systemDefault();

    BoostTimeline(CapacityViewModel vm, Runnable edit) {
        this.vm = vm;
        this.edit = edit;
        setId(ID);
        getStyleClass().add("boost-timeline");
        setMinHeight(TOP + 4 * LANE + 8);
        vm.boosts().addListener((ListChangeListener<Boost>) c -> rebuild());
        vm.selectedProperty().addListener((o, a, b) -> rebuild());
        widthProperty().addListener((o, a, b) -> rebuild());
        heightProperty().addListener((o, a, b) -> rebuild());
        // the window slides with the clock: redrawn each minute, so bars stay put under a click
        vm.nowProperty().addListener((o, a, b) -> {
            if (drawnMinute != b.getEpochSecond() / 60) {
                rebuild();
            }
        });
    }

    private long drawnMinute;

    private Instant from() {
        return vm.nowProperty().get().minus(CapacityViewModel.PAST);
    }

    private double x(Instant at) {
        double span = CapacityViewModel.PAST.plus(CapacityViewModel.AHEAD).toSeconds();
        double seconds = Duration.between(from(), at).toSeconds();
        return Math.max(0, Math.min(getWidth(), getWidth() * seconds / span));
    }

    /** Draws everything again; children are placed here, not by the pane's layout. */
    private void rebuild() {
        getChildren().clear();
        Instant now = vm.nowProperty().get();
        drawnMinute = now.getEpochSecond() / 60;
        ZonedDateTime hour = from().atZone(zone).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        Instant until = now.plus(CapacityViewModel.AHEAD);
        for (; hour.toInstant().isBefore(until); hour = hour.plusHours(1)) {
            double x = x(hour.toInstant());
            boolean day = hour.getHour() == 0;
            if (hour.getHour() % 6 == 0) {
                Label tick = new Label(day ? vm.words().day(hour.toInstant()) : vm.words().clock(hour.toInstant()));
                tick.getStyleClass().add(day ? "timeline-day" : "timeline-hour");
                place(tick, x + 3, 2);
            }
            Region line = new Region();
            line.getStyleClass().add(day ? "timeline-day-line" : "timeline-hour-line");
            line.setManaged(false);
            line.resizeRelocate(x, TOP - 4, 1, getHeight() - TOP + 4);
            getChildren().add(line);
        }
        List<Double> laneEnds = new ArrayList<>();
        for (Boost b : vm.boosts()) {
            double lead = x(b.scaleUpAt());
            double start = x(b.start());
            double end = Math.max(start + 6, x(PlanEnd.of(b, now)));
            Label name = new Label(b.title() + " \u00b7 " + b.units());
            name.getStyleClass().addAll("boost-name", "boost-name-" + b.status().wire());
            getChildren().add(name); // in the scene first: a label without its skin measures nothing
            name.applyCss();
            double nameWidth = name.prefWidth(-1);
            getChildren().remove(name);
            boolean inside = nameWidth + 8 <= end - start;
            int lane = lane(laneEnds, lead, inside ? end : end + 4 + nameWidth);
            double y = TOP + lane * LANE;
            if (start > lead) {
                Region leadBar = new Region();
                leadBar.getStyleClass().addAll("boost-lead", "boost-" + b.status().wire());
                leadBar.setManaged(false);
                leadBar.resizeRelocate(lead, y + 8, start - lead, LANE - 16);
                getChildren().add(leadBar);
            }
            Region bar = new Region();
            bar.getStyleClass().addAll("boost-bar", "boost-" + b.status().wire());
            if (vm.selectedProperty().get() != null && vm.selectedProperty().get().id().equals(b.id())) {
                bar.getStyleClass().add("boost-selected");
            }
            bar.setUserData(b.id());
            Tooltip.install(bar, new Tooltip(b.title() + "\n" + vm.words().day(b.start()) + " \u2013 "
                    + vm.words().clock(b.end()) + "\n" + vm.words().status(b.status()) + " \u00b7 "
                    + vm.words().target(b.units(), vm.perUnit())));
            bar.setManaged(false);
            bar.resizeRelocate(start, y + 2, end - start, LANE - 4);
            bar.setOnMouseClicked(e -> {
                vm.selectedProperty().set(b);
                if (e.getClickCount() == 2) {
                    edit.run();
                }
            });
            getChildren().add(bar);
            if (inside) {
                name.getStyleClass().add("boost-name-inside");
            }
            name.setMouseTransparent(true);
            place(name, inside ? start + 4 : end + 4, y + 6);
        }
        Region nowLine = new Region();
        nowLine.setId("capacity-now-line");
        nowLine.getStyleClass().add("timeline-now");
        nowLine.setManaged(false);
        nowLine.resizeRelocate(x(now) - 1, TOP - 8, 2, getHeight() - TOP + 8);
        getChildren().add(nowLine);
        Label nowLabel = new Label(vm.words().clock(now));
        nowLabel.getStyleClass().add("timeline-now-label");
        place(nowLabel, x(now) + 4, getHeight() - 18);
    }

    /** The first lane whose last bar (and its name) ends left of {@code from}; the lane then runs to {@code to}. */
    private static int lane(List<Double> laneEnds, double from, double to) {
        for (int i = 0; i < laneEnds.size(); i++) {
            if (laneEnds.get(i) + 4 <= from) {
                laneEnds.set(i, to);
                return i;
            }
        }
        laneEnds.add(to);
        return laneEnds.size() - 1;
    }

    private void place(Label label, double x, double y) {
        label.setManaged(false);
        getChildren().add(label);
        label.applyCss();
        label.autosize();
        label.relocate(x, y);
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + 4 * LANE + 8;
    }

    /** Where a bar ends: the boost's end, or now while it holds past it. */
    static final class PlanEnd {
        private PlanEnd() {
        }

        static Instant of(Boost b, Instant now) {
            return b.status() == io.cuedeck.protocol.capacity.BoostStatus.HOLDING && now.isAfter(b.end()) ? now : b.end();
        }
    }
}
