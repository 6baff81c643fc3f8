package io.cuedeck.server.reports.export;

import io.cuedeck.protocol.AuditEntry;
import io.cuedeck.protocol.CurvePoint;
import io.cuedeck.protocol.FireReport;
import io.cuedeck.protocol.Show;
import io.cuedeck.protocol.ShowReport;
import io.cuedeck.server.engine.cold.FireRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an export writes except the answers, which are read page by page while writing
 * ({@link ExportSource#forEachAnswer}). {@code fire} is set for a one-fire export, whose
 * {@code fires}, {@code curve} and {@code audit} are then that fire's only; {@code records} holds
 * the stored fire (its frozen cue: prompts and options in every language) by fire id.
 */
record ExportData(
        Show show,
        ShowReport report,
        FireReport fire,
        List<FireReport> fires,
        Map<String, FireRecord> records,
        List<CurvePoint> curve,
        List<AuditEntry> audit,
        Instant generatedAt) {

    boolean oneFire() {
        return fire != null;
    }

    /** The stored record of a reported fire (always there: reports are made from records). */
    FireRecord record(FireReport f) {
        return records.get(f.fireId());
    }
}
