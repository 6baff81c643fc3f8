package io.cuedeck.server.reports;

import io.cuedeck.protocol.reports.ShowComparison;
import io.cuedeck.server.http.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads {@code ?shows=a,b,c}: two to five distinct, known show ids, or a 400 naming the problem. */
final class CompareQuery {

    private CompareQuery() {
    }

    static List<String> showIds(String param, ReportService reports) {
        if (param == null || param.isBlank()) {
            throw ApiException.validation("shows", "Name the shows to compare: ?shows=a,b (two to five show ids).");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : param.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw ApiException.validation("shows", "A show id in 'shows' is empty.");
            }
            if (!seen.add(id)) {
                throw ApiException.validation("shows", "Show '" + id + "' is named twice.");
            }
            ids.add(id);
        }
        if (ids.size() < ShowComparison.MIN_SHOWS || ids.size() > ShowComparison.MAX_SHOWS) {
            throw ApiException.validation("shows", "Compare two to five shows; " + ids.size()
                    + (ids.size() == 1 ? " was" : " were") + " given.");
        }
        for (String id : ids) {
            if (!reports.exists(id)) {
                throw ApiException.validation("shows", "There is no show '" + id + "'.");
            }
        }
        return ids;
    }
}
