package io.cuedeck.server.engine.cold;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.AuditPage;
import java.util.List;

/**
 * The audit trail of every show: who did what, when, from where. A part of the cold store,
 * reached through {@link ColdStore#audit()}.
 *
 * <p>Guarantees: {@link #append} is durable when it returns (it survives the process being
 * killed), like every cold write. An entry's {@code id} is unique within its show: appending an
 * id the show already has stores nothing and answers false, whoever wrote the first (any node), so
 * a retried request with a deterministic id is recorded once. Entries are never changed or
 * removed. Reads are strongly consistent; order is by {@code at}, then {@code id}.
 */
public interface AuditTrail {

    /** Largest page {@link #newest} answers. */
    int MAX_PAGE = 200;

    /** Stores {@code entry} unless its show has an entry with its id; true when this call stored it. */
    boolean append(AuditEntry entry);

    /**
     * At most {@code limit} (1 to {@value #MAX_PAGE}) of the show's entries, newest first, all older
     * than the cursor {@code before} (null: from the newest). The page's {@code next} is the cursor of
     * the page after it, or null when no older entry exists. An unknown show has an empty trail.
     *
     * @throws IllegalArgumentException {@code before} is not a cursor this store made
     */
    AuditPage newest(String showId, String before, int limit);

    /** Every entry of the show, oldest first (for exports and reports). */
    List<AuditEntry> all(String showId);

    /** The cursor of a page that ends with {@code last}: {@code <epoch ms>-<id>}. */
    static String cursorAfter(AuditEntry last) {
        return last.at().toEpochMilli() + "-" + last.id();
    }

    /** A cursor read back: its epoch millisecond and id. */
    record Cursor(long atMillis, String id) {

        public static Cursor parse(String text) {
            int dash = text == null ? -1 : text.indexOf('-');
            if (dash <= 0 || dash > 15 || !text.substring(dash + 1).matches("[a-z0-9]{1,64}")) {
                throw new IllegalArgumentException("not an audit cursor: " + text);
            }
            try {
                return new Cursor(Long.parseLong(text.substring(0, dash)), text.substring(dash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an audit cursor: " + text, e);
            }
        }
    }
}
