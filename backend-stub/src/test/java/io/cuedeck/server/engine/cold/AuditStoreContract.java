package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.concurrently;
import static io.cuedeck.server.engine.ContractSupport.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.AuditPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AuditTrail}: entries stored durably once per id, read back whole, newest first in pages. */
public abstract class AuditStoreContract extends ColdPartContract {

    private final String show = id("show");

    private AuditTrail audit() {
        return store().audit();
    }

    private AuditEntry entry(String id, long afterMillis, String action) {
        return new AuditEntry(id, show, t0.plusMillis(afterMillis), action, "alice", "producer", "10.4.0.31",
                "take-7f3c", "cue12345", "Fired the cue · 發送了提示");
    }

    private static String newId() {
        return id("e").replaceAll("[^a-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void anEntryIsReadBackWithEveryField() {
        AuditEntry e = entry(newId(), 0, "cue.fired");
        assertThat(audit().append(e)).isTrue();

        assertThat(audit().all(show)).containsExactly(e);
        assertThat(audit().newest(show, null, 10)).isEqualTo(new AuditPage(List.of(e), null));
    }

    @Test
    void anIdTheShowHasIsNotStoredAgainOnAnyNode() {
        String id = newId();
        assertThat(audit().append(entry(id, 0, "cue.fired"))).isTrue();
        assertThat(audit().append(entry(id, 5_000, "cue.fired"))).isFalse();
        assertThat(otherNode().audit().append(entry(id, 9_000, "cue.fired"))).isFalse();

        assertThat(audit().all(show)).hasSize(1).first().extracting(AuditEntry::at).isEqualTo(t0);
    }

    @Test
    void concurrentAppendsOfOneIdOnTwoNodesStoreItOnce() throws Exception {
        String id = newId();
        List<Boolean> stored = concurrently(8, i -> (i % 2 == 0 ? store() : otherNode()).audit()
                .append(entry(id, i, "control.forced")));

        assertThat(stored).filteredOn(b -> b).hasSize(1);
        assertThat(audit().all(show)).hasSize(1);
    }

    @Test
    void pagesGoNewestFirstAndTogetherHoldEveryEntryOnce() {
        List<AuditEntry> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            AuditEntry e = entry(newId(), i * 1_000L, "cue.edited");
            audit().append(e);
            written.add(e);
        }
        AuditEntry sameTime = entry(newId(), 6_000, "cue.deleted");
        audit().append(sameTime);
        written.add(sameTime);

        List<AuditEntry> read = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            AuditPage page = audit().newest(show, cursor, 3);
            assertThat(page.entries()).hasSizeLessThanOrEqualTo(3);
            read.addAll(page.entries());
            cursor = page.next();
            pages++;
        } while (cursor != null);

        List<AuditEntry> newestFirst = new ArrayList<>(written);
        newestFirst.sort(java.util.Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id).reversed());
        assertThat(read).containsExactlyElementsOf(newestFirst);
        assertThat(pages).isEqualTo(3);
        List<AuditEntry> oldestFirst = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        assertThat(audit().all(show)).containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void showsHaveTrailsOfTheirOwnAndAnUnknownShowAnEmptyOne() {
        audit().append(entry(newId(), 0, "show.created"));
        assertThat(audit().newest(id("other"), null, 50)).isEqualTo(new AuditPage(List.of(), null));
        assertThat(audit().all(id("other"))).isEmpty();
    }

    @Test
    void anEntryIsDurableAcrossAReopen() {
        AuditEntry e = entry(newId(), 0, "show.live");
        audit().append(e);

        assertThat(reopen().audit().all(show)).containsExactly(e);
    }

    @Test
    void aCursorThisStoreDidNotMakeIsRefused() {
        assertThatThrownBy(() -> audit().newest(show, "yesterday", 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> audit().newest(show, "12-AB", 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
