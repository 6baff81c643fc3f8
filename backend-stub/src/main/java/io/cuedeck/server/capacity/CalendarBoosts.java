package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.Boost;
import io.cuedeck.protocol.capacity.BoostSource;
import io.cuedeck.protocol.capacity.BoostStatus;
import io.cuedeck.protocol.capacity.ImportResult;
import io.cuedeck.protocol.capacity.ImportResult.Skipped;
import io.cuedeck.server.capacity.calendar.CalendarEvent;
import io.cuedeck.server.engine.cold.BoostStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a calendar's occurrences do to boosts. Each occurrence with an audience is one boost whose
 * id comes from the calendar and the occurrence's UID plus RECURRENCE-ID, so importing the same
 * calendar again updates instead of duplicating; the calendar's unfinished boosts (up to the
 * horizon) whose occurrence is gone or {@code STATUS:CANCELLED} are cancelled; one that comes back
 * is planned again. A dry run compares and stores nothing.
 */
final class CalendarBoosts {

    private final BoostStore store;
    private final BoostService boosts;
    private final CapacityConfig config;
    private final Clock clock;

    CalendarBoosts(BoostStore store, BoostService boosts, CapacityConfig config, Clock clock) {
        this.store = store;
        this.boosts = boosts;
        this.config = config;
        this.clock = clock;
    }

    static String ref(String calendarId, String eventRef) {
        return "calendar:" + calendarId + ":" + eventRef;
    }

    ImportResult apply(String calendarId, String name, List<CalendarEvent> events, List<Skipped> skipped,
            boolean dryRun) {
        Instant now = clock.instant();
        List<Boost> added = new ArrayList<>();
        List<Boost> changed = new ArrayList<>();
        List<Boost> removed = new ArrayList<>();
        List<Boost> unchanged = new ArrayList<>();
        List<Skipped> left = new ArrayList<>(skipped);
        Set<String> present = new HashSet<>();
        for (CalendarEvent e : events) {
            String ref = ref(calendarId, e.ref());
            String id = StableIds.of(ref);
            Boost existing = store.get(id).orElse(null);
            if (e.cancelled()) {
                if (existing != null && !existing.status().finished()) {
                    removed.add(dryRun ? existing : cancel(existing, "Cancelled in the calendar."));
                }
                continue;
            }
            BoostRules.Valid v = valid(e, left);
            if (v == null) {
                continue;
            }
            present.add(id);
            if (existing == null) {
                Boost b = BoostChanges.created(id, v, e.title(), BoostSource.CALENDAR, ref, name, null, now,
                        "Imported from the calendar" + (name == null ? "" : " " + name) + ": " + v.units() + " units.");
                if (!dryRun) {
                    store.create(b);
                    boosts.stored(b);
                }
                added.add(b);
            } else if (existing.status() == BoostStatus.DONE) {
                unchanged.add(existing);
            } else if (same(existing, v, e.title()) && existing.status() != BoostStatus.CANCELLED) {
                unchanged.add(existing);
            } else {
                changed.add(dryRun ? preview(existing, v, e.title(), now) : update(existing, v, e.title(), now));
            }
        }
        Instant horizon = now.plus(Duration.ofDays(config.calendarHorizonDays()));
        String prefix = ref(calendarId, "");
        for (Boost b : store.unfinished()) {
            boolean ours = b.ref() != null && b.ref().startsWith(prefix);
            boolean gone = ours && !present.contains(b.id()) && b.start().isBefore(horizon)
                    && removed.stream().noneMatch(r -> r.id().equals(b.id()));
            if (gone) {
                removed.add(dryRun ? b : cancel(b, "Removed from the calendar."));
            }
        }
        return new ImportResult(dryRun, name, added, changed, removed, unchanged, left);
    }

    /** The boost an occurrence asks for, or null (with the reason kept) when it is none. */
    private BoostRules.Valid valid(CalendarEvent e, List<Skipped> skipped) {
        String when = e.start().toString();
        if (e.viewers() == null) {
            skipped.add(new Skipped(e.title(), when, "No expected audience: add X-CUEDECK-VIEWERS or a line "
                    + "'viewers: 50000' to its description."));
            return null;
        }
        int units = config.unitsFor(e.viewers());
        if (units > config.maxUnits() || e.viewers() < 1) {
            skipped.add(new Skipped(e.title(), when, e.viewers() + " viewers need " + units + " units, more than the "
                    + "maximum of " + config.maxUnits() + "."));
            return null;
        }
        if (!e.end().isAfter(e.start()) || Duration.between(e.start(), e.end()).compareTo(BoostRules.LONGEST) > 0) {
            skipped.add(new Skipped(e.title(), when, "A boost must end after it starts and last at most 7 days."));
            return null;
        }
        int lead = e.lead() == null ? BoostRules.DEFAULT_LEAD_MINUTES : e.lead();
        if (lead > BoostRules.MAX_LEAD_MINUTES) {
            skipped.add(new Skipped(e.title(), when, "A lead time is at most 720 minutes."));
            return null;
        }
        return new BoostRules.Valid(null, e.title(), e.start(), e.end(), null, e.viewers(), units, lead);
    }

    private static boolean same(Boost b, BoostRules.Valid v, String title) {
        return b.title().equals(title) && b.start().equals(v.start()) && b.end().equals(v.end())
                && Objects.equals(b.expectedViewers(), v.expectedViewers()) && b.leadMinutes() == v.leadMinutes();
    }

    private Boost preview(Boost b, BoostRules.Valid v, String title, Instant now) {
        Boost next = BoostChanges.content(b, new BoostRules.Valid(b.showId(), title, v.start(), v.end(), null,
                v.expectedViewers(), v.units(), v.leadMinutes()), title, now);
        return b.status() == BoostStatus.CANCELLED ? BoostChanges.moved(next, BoostStatus.PLANNED, now, "Back in the calendar.")
                : next;
    }

    private Boost update(Boost b, BoostRules.Valid v, String title, Instant now) {
        for (int attempt = 0; attempt < 10; attempt++) {
            Boost current = attempt == 0 ? b : store.get(b.id()).orElse(b);
            Boost write = preview(current, v, title, now);
            if (store.replace(write, current.version())) {
                if (write.status() != current.status()) {
                    boosts.stored(write);
                }
                return write;
            }
        }
        return b;
    }

    private Boost cancel(Boost b, String why) {
        boosts.cancel(b.id(), why);
        return store.get(b.id()).orElse(b);
    }
}
