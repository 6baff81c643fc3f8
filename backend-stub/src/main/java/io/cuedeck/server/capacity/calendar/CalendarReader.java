package io.cuedeck.server.capacity.calendar;

import io.cuedeck.protocol.capacity.ImportResult.Skipped;
import io.cuedeck.server.http.ApiException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * Reads an iCalendar file (RFC 5545, as Google Calendar and Outlook export it) into event
 * occurrences between now and the horizon: DTSTART with DTEND or DURATION; TZID resolved through
 * the file's VTIMEZONE (Outlook's Windows zone names included); floating times and all-day dates in
 * the calendar's X-WR-TIMEZONE, else the configured zone; RRULE, RDATE and EXDATE expanded; an
 * occurrence overridden by a VEVENT with the same UID and a RECURRENCE-ID replaced by it; and
 * {@code STATUS:CANCELLED}, on a whole event or one occurrence, kept as cancelled so an import can
 * remove it. The audience is {@code X-CUEDECK-VIEWERS}, or a {@code viewers: 50000} line in the
 * DESCRIPTION; the lead time likewise {@code X-CUEDECK-LEAD-MINUTES} or {@code lead: 30}.
 */
public final class CalendarReader {

    private static final Pattern VIEWERS = Pattern.compile("(?im)^\\s*viewers\\s*[:=]\\s*([0-9][0-9,._ ]*)");
    private static final Pattern LEAD = Pattern.compile("(?im)^\\s*lead\\s*[:=]\\s*([0-9]{1,4})");

    static {
        // never look up time zone updates on the network: the file's VTIMEZONE and the JDK's rules suffice
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
        System.setProperty("net.fortuna.ical4j.timezone.cache.impl", "net.fortuna.ical4j.util.MapTimeZoneCache");
    }

    /** What a file holds: its name (X-WR-CALNAME, may be null), the occurrences, and what was left out. */
    public record Contents(String name, List<CalendarEvent> events, List<Skipped> skipped) {
    }

    private final ZoneId defaultZone;

    public CalendarReader(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    public Contents read(byte[] bytes, Instant now, Duration horizon) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            throw ApiException.validation("calendar", "This is not an iCalendar file (.ics): it must begin with "
                    + "BEGIN:VCALENDAR.");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw ApiException.validation("calendar", "The calendar cannot be read at line " + e.getLineNo() + ": "
                    + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw ApiException.validation("calendar", "The calendar cannot be read: " + e.getMessage());
        }
        ZoneId zone = calendarZone(calendar);
        String name = calendar.getProperty("X-WR-CALNAME").map(Property::getValue).orElse(null);
        List<VEvent> masters = new ArrayList<>();
        Map<String, VEvent> overrides = new HashMap<>();
        for (CalendarComponent c : calendar.getComponents()) {
            if (c instanceof VEvent e && uid(e) != null) {
                Optional<RecurrenceId<Temporal>> rid = e.getProperty(Property.RECURRENCE_ID);
                if (rid.isPresent()) {
                    overrides.put(uid(e) + "@" + instant(rid.get().getDate(), zone), e);
                } else {
                    masters.add(e);
                }
            }
        }
        List<CalendarEvent> out = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Instant until = now.plus(horizon);
        for (VEvent master : masters) {
            expand(master, zone, now, until, overrides, out, skipped);
        }
        for (Map.Entry<String, VEvent> o : overrides.entrySet()) { // overrides of occurrences the master does not list
            CalendarEvent e = event(o.getValue(), zone, null, o.getKey(), skipped);
            if (e != null && e.end().isAfter(now) && e.start().isBefore(until)) {
                out.add(e);
            }
        }
        return new Contents(name, out, skipped);
    }

    private void expand(VEvent master, ZoneId zone, Instant now, Instant until, Map<String, VEvent> overrides,
            List<CalendarEvent> out, List<Skipped> skipped) {
        String uid = uid(master);
        boolean recurring = master.getProperty(Property.RRULE).isPresent() || master.getProperty(Property.RDATE).isPresent();
        if (!recurring) {
            CalendarEvent e = event(master, zone, null, uid, skipped);
            if (e != null && e.end().isAfter(now) && e.start().isBefore(until)) {
                out.add(e);
            }
            return;
        }
        Period<ZonedDateTime> window = new Period<>(now.minus(Duration.ofDays(8)).atZone(zone), until.atZone(zone));
        for (Period<Temporal> p : master.<Temporal>calculateRecurrenceSet(window)) {
            Instant original = instant(p.getStart(), zone);
            String ref = uid + "@" + original;
            VEvent override = overrides.remove(ref);
            CalendarEvent e = override != null ? event(override, zone, null, ref, skipped)
                    : event(master, zone, p, ref, skipped);
            if (e != null && e.end().isAfter(now) && e.start().isBefore(until)) {
                out.add(e);
            }
        }
    }

    /** One occurrence: the event's own times, or those of {@code period} for an expanded occurrence. */
    private CalendarEvent event(VEvent e, ZoneId zone, Period<Temporal> period, String ref, List<Skipped> skipped) {
        String title = e.getProperty(Property.SUMMARY).map(Property::getValue).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse("(no title)");
        Optional<DtStart<Temporal>> dtStart = e.getStartDate();
        if (dtStart.isEmpty()) {
            skipped.add(new Skipped(title, null, "It has no start (DTSTART)."));
            return null;
        }
        Instant start;
        Instant end;
        if (period != null) {
            start = instant(period.getStart(), zone);
            end = instant(period.getEnd(), zone);
        } else {
            start = instant(dtStart.get().getDate(), zone);
            end = e.getEndDate(true).map(d -> instant(d.getDate(), zone)).orElse(null);
            if (end == null) {
                end = dtStart.get().getDate() instanceof LocalDate ? start.plus(Duration.ofDays(1)) : start;
            }
        }
        boolean cancelled = e.getProperty(Property.STATUS).map(Property::getValue)
                .map(v -> v.equalsIgnoreCase("CANCELLED")).orElse(false);
        String description = e.getProperty(Property.DESCRIPTION).map(Property::getValue).orElse("");
        Long viewers = e.getProperty("X-CUEDECK-VIEWERS").map(Property::getValue).map(CalendarReader::number)
                .orElseGet(() -> match(VIEWERS, description));
        Long lead = e.getProperty("X-CUEDECK-LEAD-MINUTES").map(Property::getValue).map(CalendarReader::number)
                .orElseGet(() -> match(LEAD, description));
        return new CalendarEvent(ref, title, start, end, viewers, lead == null ? null : (int) Math.min(lead, 100_000),
                cancelled);
    }

    private ZoneId calendarZone(Calendar calendar) {
        return calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue).flatMap(id -> {
            try {
                return Optional.of(ZoneId.of(id.strip()));
            } catch (RuntimeException unknown) {
                return Optional.empty();
            }
        }).orElse(defaultZone);
    }

    private static String uid(VEvent e) {
        return e.getProperty(Property.UID).map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
    }

    /** A date-time of any kind the parser gives: zoned, UTC, floating (in {@code zone}) or a date (its midnight). */
    static Instant instant(Temporal t, ZoneId zone) {
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        throw ApiException.validation("calendar", "A date in the calendar cannot be read: " + t);
    }

    private static Long match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.replace("\\n", "\n"));
        return m.find() ? number(m.group(1)) : null;
    }

    private static Long number(String text) {
        String digits = text.replaceAll("[^0-9]", "");
        if (digits.isEmpty() || digits.length() > 12) {
            return null;
        }
        return Long.parseLong(digits.toLowerCase(Locale.ROOT));
    }
}
