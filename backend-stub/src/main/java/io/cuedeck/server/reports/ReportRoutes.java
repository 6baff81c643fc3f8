package io.cuedeck.server.reports;

import io.cuedeck.server.http.Role;
import io.cuedeck.protocol.reports.ShowComparison;
import io.javalin.config.RoutesConfig;

/** The fire report and the show report: producers and managers only. */
public final class ReportRoutes {

    private final ReportService reports;

    public ReportRoutes(ReportService reports) {
        this.reports = reports;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/shows/{showId}/fires/{fireId}/report", ctx -> ctx.json(
                reports.fireReport(ctx.pathParam("showId"), ctx.pathParam("fireId"))), Role.FIRE_REPORT);
        routes.get("/api/v1/shows/{showId}/report", ctx -> ctx.json(
                reports.showReport(ctx.pathParam("showId"))), Role.REPORTS);
        routes.get("/api/v1/reports/compare", ctx -> ctx.json(
                new ShowComparison(reports.compare(CompareQuery.showIds(ctx.queryParam("shows"), reports)))), Role.REPORTS);
    }
}
