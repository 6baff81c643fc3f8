package io.cuedeck.server.engine.cold;

import static io.cuedeck.server.engine.ContractSupport.id;
import static io.cuedeck.server.engine.ContractSupport.now;

import io.cuedeck.protocol.Cue;
import io.cuedeck.protocol.CueKind;
import io.cuedeck.protocol.FireReceipt;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What every cold store suite shares: this test's store, and records to write into it. */
public abstract class ColdPartContract {

    /** The suite that says which store to test. */
    protected abstract ColdStoreContract owner();

    private ColdStore store;
    private ColdStore second;
    protected final Instant t0 = now();

    @BeforeEach
    void openStore() {
        store = owner().newStore();
    }

    @AfterEach
    void closeStore() {
        if (second != null && second != store) {
            second.close();
        }
        store.close();
    }

    protected ColdStore store() {
        return store;
    }

    /** Another node on this store's data (the store itself where one process owns the data). */
    protected ColdStore otherNode() {
        if (second == null) {
            second = owner().secondNode(store);
        }
        return second;
    }

    /** Closes the store and continues the test on a reopened one. */
    protected ColdStore reopen() {
        store = owner().reopen(store);
        return store;
    }

    protected static Show show(String id, Instant createdAt) {
        return new Show(id, "Evening news · 晚間新聞", ShowStatus.DRAFT, createdAt.plusSeconds(3_600), null,
                createdAt, null, null);
    }

    /** A stored show with a fresh id. */
    protected Show newShow() {
        Show show = show(id("show"), t0);
        store.createShow(show);
        return show;
    }

    protected Cue poll(String showId, String prompt) {
        return new Cue(id("cue"), showId, CueKind.POLL, Map.of("en", prompt, "zh-TW", prompt + "？"),
                List.of(Map.of("en", "Yes", "zh-TW", "是"), Map.of("en", "No", "zh-TW", "否")),
                null, 30, "en", t0, t0);
    }

    protected FireRecord fire(Cue cue, Instant firedAt) {
        String fireId = id("fire");
        FireReceipt receipt = new FireReceipt(fireId, cue.id(), firedAt, firedAt.plusSeconds(30), 1_234);
        return new FireRecord(cue.showId(), fireId, cue, id("key"), receipt, null, null, null);
    }
}
