package io.cuedeck.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.console.audit.AuditViewModel.Row;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.session.ScriptedLink;
import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.AuditPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Toolkit-free: the audit trail's rows from scripted pages of the backend. */
class AuditViewModelTest {

    private final ScriptedLink link = new ScriptedLink();
    private final List<String> asked = new ArrayList<>();

    private AuditViewModel audit(Locale locale, AuditPage... pages) {
        link.pick("a");
        link.answers.put("audit", args -> {
            asked.add(args[0] + " before=" + args[1]);
            return pages[asked.size() - 1];
        });
        return new AuditViewModel(link.session, link.jobs, new I18n(locale), link.clock);
    }

    private static AuditEntry entry(String action, String actor, String role, String key) {
        return new AuditEntry("e" + action.hashCode(), "a", ScriptedLink.START, action, actor, role, "10.4.0.31", key,
                "cue1", "fire f1 to 300 connected viewers");
    }

    @Test
    void rowsSayWhenWhoWhatAndFromWhereNewestFirstAndOlderPagesFollow() {
        AuditViewModel vm = audit(Locale.ENGLISH,
                new AuditPage(List.of(entry("cue.fired", "alice", "host", "take-1"),
                        entry("control.taken", "alice", "host", null)), "1763-e1"),
                new AuditPage(List.of(entry("show.created", "producer", "producer", null)), null));

        vm.refresh();
        assertThat(vm.titleProperty().get()).isEqualTo("Who did what: Show a");
        assertThat(vm.rows()).first().isEqualTo(new Row("2026-11-21 21:04:17", "alice (host)", "Fired a cue", "cue1",
                "fire f1 to 300 connected viewers", "10.4.0.31", "take-1"));
        assertThat(vm.rows().get(1).action()).isEqualTo("Took control");
        assertThat(vm.moreProperty().get()).isTrue();

        vm.loadOlder();
        assertThat(asked).containsExactly("a before=null", "a before=1763-e1");
        assertThat(vm.rows()).extracting(Row::action).containsExactly("Fired a cue", "Took control", "Created the show");
        assertThat(vm.moreProperty().get()).isFalse();
    }

    @Test
    void anActionOfANewerServerIsShownAsItIsAndTheServersOwnEntriesHaveNoRole() {
        AuditViewModel vm = audit(Locale.TRADITIONAL_CHINESE, new AuditPage(List.of(
                entry("boost.scheduled", "carol", "producer", null), entry("control.lapsed", "server", null, null)), null));
        vm.refresh();
        assertThat(vm.rows()).extracting(Row::action).containsExactly("boost.scheduled", "控制權逾時失效");
        assertThat(vm.rows()).extracting(Row::who).containsExactly("carol（製作人）", "server");
    }

    @Test
    void anEmptyTrailOrARefusalIsSaidInWords() {
        AuditViewModel empty = audit(Locale.ENGLISH, new AuditPage(List.of(), null));
        empty.refresh();
        assertThat(empty.problemProperty().get()).isEqualTo("Nothing recorded yet.");

        link.answers.put("audit", args -> {
            throw new io.cuedeck.connector.ForbiddenException(403, "forbidden", "A host token cannot do this; it needs producer or manager.", null);
        });
        empty.refresh();
        assertThat(empty.problemProperty().get()).contains("it needs producer or manager");
        assertThat(empty.rows()).isEmpty();
    }
}
