package io.cuedeck.server.reports.export;

import io.cuedeck.server.audit.Audit;
import io.cuedeck.server.http.ApiException;
import io.cuedeck.server.http.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * {@code GET .../report.csv.zip} and {@code .../report.pdf}, of a show and of one fire. Producers
 * and managers export anything; a host may export the report of a fire (the cue it ran on air) but
 * not a whole show. Everything that can answer 404 is read before the first byte; then the file is
 * written straight to the response (chunked), never built in memory first. At most
 * {@value #AT_ONCE} exports run on a node at once; one more is answered 429 with Retry-After. Each
 * export is recorded in the show's audit trail as {@code report.exported}.
 */
public final class ExportRoutes {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExportRoutes.class);
    static final int AT_ONCE = 2;
    static final Role[] SHOW_EXPORT = {Role.PRODUCER, Role.MANAGER};
    static final Role[] FIRE_EXPORT = {Role.PRODUCER, Role.HOST, Role.MANAGER};
    private static final String SHOW = "/api/v1/shows/{showId}/";
    private static final String FIRE = SHOW + "fires/{fireId}/";

    private final ExportSource source;
    private final Audit audit;
    private final Semaphore running = new Semaphore(AT_ONCE);

    public ExportRoutes(ExportSource source, Audit audit) {
        this.source = source;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.get(SHOW + "report.csv.zip", ctx -> export(ctx, false, Format.CSV), SHOW_EXPORT);
        routes.get(SHOW + "report.pdf", ctx -> export(ctx, false, Format.PDF), SHOW_EXPORT);
        routes.get(FIRE + "report.csv.zip", ctx -> export(ctx, true, Format.CSV), FIRE_EXPORT);
        routes.get(FIRE + "report.pdf", ctx -> export(ctx, true, Format.PDF), FIRE_EXPORT);
    }

    enum Format {
        CSV("application/zip", "csv.zip", "CSV"), PDF("application/pdf", "pdf", "PDF");

        final String contentType;
        final String extension;
        final String label;

        Format(String contentType, String extension, String label) {
            this.contentType = contentType;
            this.extension = extension;
            this.label = label;
        }
    }

    /**
     * Before the first byte went out the error is answered as JSON like any other; after it, the
     * connection is aborted, so the client sees a cut-short download (never an error body glued to
     * half a file, which a zip or PDF reader might take for the file).
     */
    private static void failed(Context ctx, Exception e) throws IOException {
        if (!ctx.res().isCommitted()) {
            ctx.res().resetBuffer();
            ctx.res().setHeader("Content-Disposition", null);
            if (e instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e;
        }
        LOG.warn("export {} failed after it started; the download was cut short: {}", ctx.path(), e.toString());
        ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().abort(e);
    }

    private void export(Context ctx, boolean oneFire, Format format) throws IOException {
        String showId = ctx.pathParam("showId");
        String fireId = oneFire ? ctx.pathParam("fireId") : null;
        if (!running.tryAcquire()) {
            throw ApiException.rateLimited(AT_ONCE + " report exports are being written on this server already; "
                    + "try again in a few seconds.", 5);
        }
        try {
            ExportData data = oneFire ? source.fire(showId, fireId) : source.show(showId);
            audit.record(ctx, showId, "report.exported", fireId,
                    format.label + " of the " + (oneFire ? "fire" : "show") + " report");
            ctx.contentType(format.contentType);
            ctx.header("Content-Disposition", ExportFileName.disposition(data, format.extension));
            ctx.header("Cache-Control", "no-store");
            try {
                OutputStream out = new BufferedOutputStream(ctx.outputStream(), 64 * 1024);
                if (format == Format.CSV) {
                    new CsvExport(source).write(data, out);
                } else {
                    new PdfExport().write(data, out);
                }
                out.flush();
            } catch (IOException | RuntimeException e) {
                failed(ctx, e);
            }
        } finally {
            running.release();
        }
    }
}
