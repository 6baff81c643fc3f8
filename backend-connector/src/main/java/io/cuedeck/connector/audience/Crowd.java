package io.cuedeck.connector.audience;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The crowd's membership, brought in line with the wanted size by {@link #reconcile} on the timer
 * thread (only there: no lock). Newcomers get attributes drawn from the config's weights with the
 * config's seed, and an id made from the seed, the show and their place in the order of joining, so
 * the same seed gives the same viewers of a show (two crowds of one show need two seeds); leavers are picked at random; churn replaces a share of the crowd
 * every minute. Everyone who ever joined is remembered as an {@link AudienceMember}.
 */
final class Crowd {

    private final Wire wire;
    private final Random random;
    private final Weighted<String> platforms;
    private final Weighted<String> regions;
    private final Weighted<String> languages;
    private final List<Viewer> members = new ArrayList<>();
    private final List<AudienceMember> everyone = new ArrayList<>();
    private int joined;
    private double churnOwed;

    Crowd(Wire wire) {
        AudienceConfig config = wire.config;
        this.wire = wire;
        this.random = new Random(config.seed());
        this.platforms = new Weighted<>(config.platforms());
        this.regions = new Weighted<>(config.regions());
        this.languages = new Weighted<>(config.languages());
    }

    /** Joins or leaves viewers until the crowd has {@code wanted} members; {@code elapsed} since the last call feeds churn. */
    void reconcile(int wanted, Duration elapsed) {
        churnOwed += members.size() * wire.config.churnPerMinute() * elapsed.toMillis() / 60_000.0;
        for (; churnOwed >= 1 && !members.isEmpty(); churnOwed--) {
            leaveOne();
        }
        while (members.size() > wanted) {
            leaveOne();
        }
        while (members.size() < wanted) {
            UUID id = UUID.nameUUIDFromBytes((wire.config.seed() + "/" + wire.config.showId() + "/" + joined)
                    .getBytes(StandardCharsets.UTF_8));
            AudienceMember member = new AudienceMember(id.toString(), platforms.pick(random), regions.pick(random),
                    languages.pick(random));
            Viewer viewer = new Viewer(wire, id, joined++ % wire.nodeCount(), member.platform(), member.region(),
                    member.lang());
            members.add(viewer);
            everyone.add(member);
            viewer.join();
        }
    }

    int size() {
        return members.size();
    }

    /** Everyone who joined so far, in the order they joined (those who left too). */
    List<AudienceMember> everyone() {
        return List.copyOf(everyone);
    }

    /** Every member leaves; answers them so that the caller can abort the sockets that do not close. */
    List<Viewer> leaveAll() {
        List<Viewer> leavers = List.copyOf(members);
        members.clear();
        leavers.forEach(Viewer::leave);
        return leavers;
    }

    private void leaveOne() {
        int last = members.size() - 1;
        int index = random.nextInt(members.size());
        Viewer leaver = members.get(index);
        members.set(index, members.get(last));
        members.remove(last);
        leaver.leave();
    }
}
