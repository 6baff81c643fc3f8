package io.cuedeck.server.capacity;

import io.cuedeck.protocol.capacity.CalendarImport;
import io.cuedeck.protocol.capacity.CalendarSubscription;
import io.cuedeck.protocol.capacity.ImportResult;
import io.cuedeck.server.capacity.calendar.CalendarFetcher;
import io.cuedeck.server.capacity.calendar.CalendarReader;
import io.cuedeck.server.engine.cold.BoostStore;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Bodies;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/boosts/import}: a calendar file as the body (up to 5 MB), or
 * {@code {"url": ...}}; {@code ?dryRun=true} answers what would change and stores nothing. A URL
 * imported for real becomes a subscription, read again every {@code CUEDECK_CALENDAR_POLL_MINUTES}
 * by the node that runs the scheduler. A file's calendar is named by its X-WR-CALNAME, else by
 * {@code ?calendar=} (the console sends the file's name): importing a calendar of the same name
 * again updates and removes that calendar's boosts.
 */
final class CalendarService {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarService.class);

    private final BoostStore store;
    private final CalendarBoosts boosts;
    private final CalendarReader reader;
    private final CalendarFetcher fetcher;
    private final CapacityConfig config;
    private final Clock clock;

    CalendarService(BoostStore store, CalendarBoosts boosts, CapacityConfig config, Clock clock) {
        this.store = store;
        this.boosts = boosts;
        this.reader = new CalendarReader(config.calendarZone());
        this.fetcher = new CalendarFetcher();
        this.config = config;
        this.clock = clock;
    }

    ImportResult importFrom(Context ctx) {
        boolean dryRun = dryRun(ctx.queryParam("dryRun"));
        byte[] body = body(ctx);
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        if (first < body.length && body[first] == '{') {
            CalendarImport request = Bodies.parse(body, CalendarImport.class);
            return importUrl(CalendarFetcher.normalise(request.url()), dryRun);
        }
        if (first == body.length) {
            throw ApiException.validation("calendar", "Send a calendar file (text/calendar) or {\"url\": \"...\"}.");
        }
        CalendarReader.Contents contents = reader.read(body, clock.instant(), horizon());
        String name = ctx.queryParam("calendar");
        if (name != null && (name.isBlank() || name.length() > 200)) {
            throw ApiException.validation("calendar", "calendar names the calendar in 1 to 200 characters.");
        }
        String key = contents.name() != null ? contents.name() : name != null ? name.strip() : "upload";
        return boosts.apply(StableIds.of("file:" + key), key, contents.events(), contents.skipped(), dryRun);
    }

    ImportResult importUrl(URI url, boolean dryRun) {
        CalendarReader.Contents contents = reader.read(fetcher.fetch(url), clock.instant(), horizon());
        String id = subscriptionId(url);
        String name = contents.name() != null ? contents.name() : url.getHost();
        ImportResult result = boosts.apply(id, name, contents.events(), contents.skipped(), dryRun);
        if (!dryRun) {
            Instant now = clock.instant();
            Instant added = store.subscriptions().stream().filter(s -> s.id().equals(id)).findFirst()
                    .map(CalendarSubscription::addedAt).orElse(now);
            store.putSubscription(new CalendarSubscription(id, url.toString(), added, now, count(result), null));
        }
        return result;
    }

    List<CalendarSubscription> subscriptions() {
        return store.subscriptions();
    }

    void unsubscribe(String id) {
        if (!store.deleteSubscription(id)) {
            throw ApiException.notFound("There is no calendar subscription '" + id + "'.");
        }
    }

    /** Reads every subscription whose poll is due (the scheduler's node calls this each minute). */
    void pollDue() {
        Instant now = clock.instant();
        for (CalendarSubscription s : store.subscriptions()) {
            boolean due = s.lastPolledAt() == null || !now.isBefore(s.lastPolledAt().plus(config.calendarPoll()));
            if (!due) {
                continue;
            }
            try {
                ImportResult result = importUrl(URI.create(s.url()), false);
                LOG.info("calendar {} polled: {} added, {} changed, {} removed", s.id(), result.added().size(),
                        result.changed().size(), result.removed().size());
            } catch (ApiException e) {
                store.putSubscription(new CalendarSubscription(s.id(), s.url(), s.addedAt(), now, s.boosts(),
                        e.getMessage()));
                LOG.warn("calendar {} could not be polled: {}", s.id(), e.getMessage());
            }
        }
    }

    static String subscriptionId(URI url) {
        return StableIds.of("url:" + url);
    }

    private static int count(ImportResult r) {
        return r.added().size() + r.changed().size() + r.unchanged().size();
    }

    private Duration horizon() {
        return Duration.ofDays(config.calendarHorizonDays());
    }

    private static boolean dryRun(String value) {
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.validation("dryRun", "dryRun is true or false.");
    }

    /** The body, read here with its own limit: a calendar may be up to 5 MB, the API's other bodies 64 KiB. */
    private static byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > CalendarFetcher.MAX_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(CalendarFetcher.MAX_BYTES + 1);
            if (bytes.length > CalendarFetcher.MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badJson("The body could not be read: " + e.getMessage());
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "A calendar may be at most 5 MB.", null);
    }
}
