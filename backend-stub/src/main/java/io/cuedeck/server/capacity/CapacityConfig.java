package io.cuedeck.server.capacity;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * Capacity settings, read from the server's {@link ConfigSource} by {@link #from}; every key fails
 * fast with one line naming it. Defaults beside the fields; docs/server.md lists them all.
 *
 * @param viewersPerUnit      CUEDECK_VIEWERS_PER_UNIT, 3000: viewers one unit (a node) serves (measured: docs/benchmarks.md)
 * @param baselineUnits       CUEDECK_CAPACITY_BASELINE_UNITS, 1: never fewer
 * @param maxUnits            CUEDECK_CAPACITY_MAX_UNITS, 50: never more; a boost above is refused
 * @param quiet               CUEDECK_SCALE_DOWN_QUIET_MINUTES, 10: how long the audience must need
 *                            fewer units than a boost, after its end, before it scales down
 * @param provider            CUEDECK_CAPACITY_PROVIDER: simulated (default), aws-asg, webhook
 * @param simProvision        CUEDECK_SIM_PROVISION_SECONDS, 180: the simulated provider's delay
 * @param asgName             CUEDECK_ASG_NAME: the Auto Scaling group (aws-asg)
 * @param asgEndpoint         CUEDECK_ASG_ENDPOINT: endpoint override (aws-asg), none by default
 * @param webhookUrl          CUEDECK_CAPACITY_WEBHOOK_URL (webhook)
 * @param webhookSecret       CUEDECK_CAPACITY_WEBHOOK_SECRET (webhook): HMAC-SHA256 key, 16+ characters
 * @param slackUrl            CUEDECK_SLACK_WEBHOOK_URL: a Slack incoming webhook, none by default
 * @param calendarHorizon     CUEDECK_CALENDAR_HORIZON_DAYS, 14: how far recurrences are expanded
 * @param calendarPoll        CUEDECK_CALENDAR_POLL_MINUTES, 15: how often subscriptions are read
 * @param calendarZone        CUEDECK_CALENDAR_TIMEZONE: zone of floating and all-day events when the
 *                            calendar names none (X-WR-TIMEZONE); default this machine's
 * @param rundownViewers      CUEDECK_RUNDOWN_VIEWERS, 50000: audience of a show's scheduled window
 * @param pushViewers         CUEDECK_PUSH_VIEWERS, 100000: audience a push notification brings
 * @param pushHold            CUEDECK_PUSH_HOLD_MINUTES, 15: how long a push boost holds at least
 * @param tick                CUEDECK_CAPACITY_TICK_SECONDS, 5: how often the scheduler looks
 * @param lease               CUEDECK_CAPACITY_LEASE_SECONDS, 15: scheduler lease TTL (takeover delay)
 */
public record CapacityConfig(
        long viewersPerUnit,
        int baselineUnits,
        int maxUnits,
        Duration quiet,
        String provider,
        Duration simProvision,
        String asgName,
        URI asgEndpoint,
        URI webhookUrl,
        String webhookSecret,
        URI slackUrl,
        int calendarHorizonDays,
        Duration calendarPoll,
        ZoneId calendarZone,
        long rundownViewers,
        long pushViewers,
        Duration pushHold,
        Duration tick,
        Duration lease) {

    public static final String SIMULATED = "simulated";
    public static final String AWS_ASG = "aws-asg";
    public static final String WEBHOOK = "webhook";
    public static final List<String> PROVIDERS = List.of(SIMULATED, AWS_ASG, WEBHOOK);

    public static CapacityConfig defaults() {
        return from(ConfigSource.empty());
    }

    public static CapacityConfig from(ConfigSource src) {
        long perUnit = src.getInt("CUEDECK_VIEWERS_PER_UNIT", 3_000, 1, 10_000_000);
        int max = src.getInt("CUEDECK_CAPACITY_MAX_UNITS", 50, 1, 100_000);
        int baseline = src.getInt("CUEDECK_CAPACITY_BASELINE_UNITS", 1, 0, 100_000);
        if (baseline > max) {
            throw ConfigException.invalid("CUEDECK_CAPACITY_BASELINE_UNITS", String.valueOf(baseline),
                    "at most CUEDECK_CAPACITY_MAX_UNITS (" + max + ")");
        }
        int quiet = src.getInt("CUEDECK_SCALE_DOWN_QUIET_MINUTES", 10, 0, 120);
        String provider = src.get("CUEDECK_CAPACITY_PROVIDER", SIMULATED);
        if (!PROVIDERS.contains(provider)) {
            throw ConfigException.invalid("CUEDECK_CAPACITY_PROVIDER", provider, "one of " + String.join(", ", PROVIDERS));
        }
        int sim = src.getInt("CUEDECK_SIM_PROVISION_SECONDS", 180, 0, 3_600);
        String asg = src.get("CUEDECK_ASG_NAME").orElse(null);
        if (asg != null && !asg.matches("[\\x20-\\x7e]{1,255}")) {
            throw ConfigException.invalid("CUEDECK_ASG_NAME", asg, "an Auto Scaling group name (1-255 characters)");
        }
        if (provider.equals(AWS_ASG) && asg == null) {
            throw new ConfigException("CUEDECK_ASG_NAME is required with CUEDECK_CAPACITY_PROVIDER=aws-asg");
        }
        URI asgEndpoint = url(src, "CUEDECK_ASG_ENDPOINT");
        URI webhook = url(src, "CUEDECK_CAPACITY_WEBHOOK_URL");
        String secret = src.get("CUEDECK_CAPACITY_WEBHOOK_SECRET").orElse(null);
        if (secret != null && secret.length() < 16) {
            throw new ConfigException("CUEDECK_CAPACITY_WEBHOOK_SECRET is not valid: at least 16 characters");
        }
        if (provider.equals(WEBHOOK) && (webhook == null || secret == null)) {
            throw new ConfigException("CUEDECK_CAPACITY_WEBHOOK_URL and CUEDECK_CAPACITY_WEBHOOK_SECRET are required "
                    + "with CUEDECK_CAPACITY_PROVIDER=webhook");
        }
        URI slack = url(src, "CUEDECK_SLACK_WEBHOOK_URL");
        int horizon = src.getInt("CUEDECK_CALENDAR_HORIZON_DAYS", 14, 1, 366);
        int poll = src.getInt("CUEDECK_CALENDAR_POLL_MINUTES", 15, 1, 1_440);
        ZoneId zone = src.get("CUEDECK_CALENDAR_TIMEZONE", ZoneId.systemDefault(), ZoneId::of,
                "a time zone such as Europe/London or Asia/Taipei");
        long rundown = src.getInt("CUEDECK_RUNDOWN_VIEWERS", 50_000, 1, 1_000_000_000);
        long push = src.getInt("CUEDECK_PUSH_VIEWERS", 100_000, 1, 1_000_000_000);
        int hold = src.getInt("CUEDECK_PUSH_HOLD_MINUTES", 15, 1, 720);
        int tick = src.getInt("CUEDECK_CAPACITY_TICK_SECONDS", 5, 1, 60);
        int lease = src.getInt("CUEDECK_CAPACITY_LEASE_SECONDS", 15, 2, 300);
        if (lease <= tick) {
            throw ConfigException.invalid("CUEDECK_CAPACITY_LEASE_SECONDS", String.valueOf(lease),
                    "more than CUEDECK_CAPACITY_TICK_SECONDS (" + tick + ")");
        }
        return new CapacityConfig(perUnit, baseline, max, Duration.ofMinutes(quiet), provider, Duration.ofSeconds(sim),
                asg, asgEndpoint, webhook, secret, slack, horizon, Duration.ofMinutes(poll), zone, rundown, push,
                Duration.ofMinutes(hold), Duration.ofSeconds(tick), Duration.ofSeconds(lease));
    }

    /** The units {@code viewers} need, rounded up. */
    public int unitsFor(long viewers) {
        long units = (viewers + viewersPerUnit - 1) / viewersPerUnit;
        return (int) Math.min(Integer.MAX_VALUE, units);
    }

    /** {@code units} kept between the baseline and the maximum. */
    public int clamp(int units) {
        return Math.max(baselineUnits, Math.min(maxUnits, units));
    }

    private static URI url(ConfigSource src, String key) {
        return src.get(key, null, value -> {
            URI uri = URI.create(value);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        }, "an http:// or https:// URL");
    }

    /** Never prints the webhook secret. */
    @Override
    public String toString() {
        return "CapacityConfig[provider=" + provider + ", viewersPerUnit=" + viewersPerUnit + ", baseline="
                + baselineUnits + ", max=" + maxUnits + "]";
    }
}
