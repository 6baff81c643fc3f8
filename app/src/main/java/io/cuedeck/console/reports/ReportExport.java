package io.cuedeck.console.reports;

import io.cuedeck.connector.ReportDownloads;
import io.cuedeck.console.common.Errors;
import io.cuedeck.console.common.Format;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Job;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One export at a time (CSV zip or PDF, of a show or a fire) streamed into a file in the
 * background: the bytes so far in words, Cancel, and at the end the folder to open. The download
 * thread's progress reaches the UI thread at most once per frame's worth of bytes (one pending
 * update at a time), so a fast download cannot flood the FX queue. Properties change on the UI
 * thread. No Node.
 */
public final class ReportExport {

    private final Jobs jobs;
    private final Executor ui;
    private final I18n i18n;
    private final FolderOpener opener;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed", false);
    private final ObjectProperty<Path> finishedIn = new SimpleObjectProperty<>(this, "finishedIn");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>(this, "folder",
            Path.of(System.getProperty("user.home"), "Cuedeck reports"));
    private Job<Long> job;
    private ReportDownloads.Handle handle;

    public ReportExport(Jobs jobs, Executor ui, I18n i18n, FolderOpener opener) {
        this.jobs = jobs;
        this.ui = ui;
        this.i18n = i18n;
        this.opener = opener;
    }

    /** Starts writing the export into {@code target} (its folder must exist); ignored while one runs. */
    public void start(Backend backend, String showId, String fireId, ReportDownloads.Format format, Path target) {
        if (running.get() || backend == null || showId == null) {
            return;
        }
        running.set(true);
        failed.set(false);
        finishedIn.set(null);
        String name = target.getFileName().toString();
        message.set(i18n.format("reports.export.starting", name));
        ReportDownloads.Handle mine = new ReportDownloads.Handle();
        handle = mine;
        AtomicLong latest = new AtomicLong();
        AtomicBoolean pending = new AtomicBoolean();
        job = jobs.run(i18n.format("reports.export.job", name), () -> backend.exportReport(showId, fireId, format, target,
                (bytes, total) -> {
                    latest.set(bytes);
                    if (pending.compareAndSet(false, true)) {
                        ui.execute(() -> {
                            pending.set(false);
                            if (handle == mine && running.get()) {
                                message.set(i18n.format("reports.export.progress", name, size(latest.get())));
                            }
                        });
                    }
                }, mine), bytes -> {
                    running.set(false);
                    message.set(i18n.format("reports.export.done", name, size(bytes), target.getParent().toString()));
                    finishedIn.set(target.getParent());
                }, error -> {
                    running.set(false);
                    failed.set(true);
                    message.set(error instanceof java.util.concurrent.CancellationException
                            || error instanceof io.cuedeck.connector.CancelledException
                            ? i18n.format("reports.export.cancelled", name)
                            : error instanceof java.io.UncheckedIOException io
                            ? i18n.format("reports.export.disk", name, io.getMessage())
                            : i18n.format("reports.export.failed", name, Errors.describe(error, i18n)));
                });
    }

    /** The export of the show (fireId null) or of one fire into {@link #folderProperty()}, named after the show. */
    public void start(Backend backend, io.cuedeck.protocol.Show show, String fireId, int fireNumber,
            ReportDownloads.Format format) {
        if (show == null) {
            return;
        }
        Path dir = folder.get();
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException | RuntimeException e) {
            failed.set(true);
            message.set(i18n.format("reports.export.disk", dir.getFileName(), i18n.format("reports.export.noFolder", dir)));
            return;
        }
        start(backend, show.id(), fireId, format, dir.resolve(fileName(show.title(), fireId == null ? 0 : fireNumber, format)));
    }

    /** "Evening news 2026-12-01-report.pdf" style names: the title's letters kept (any script), the rest dashes. */
    static String fileName(String title, int fireNumber, ReportDownloads.Format format) {
        String base = (title == null ? "show" : title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").trim();
        if (base.isEmpty() || base.length() > 80) {
            base = base.isEmpty() ? "show" : base.substring(0, 80);
        }
        String what = fireNumber > 0 ? "-fire-" + fireNumber : "-report";
        return base + what + (format == ReportDownloads.Format.PDF ? ".pdf" : ".csv.zip");
    }

    /** Where exports go; the user can choose another folder. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** Cancel: closes the download's socket and drops the half file. */
    public void cancel() {
        if (handle != null) {
            handle.cancel();
        }
        if (job != null) {
            job.cancel();
        }
    }

    /** Open folder, once an export has finished. */
    public void openFolder() {
        Path folder = finishedIn.get();
        if (folder == null) {
            return;
        }
        try {
            opener.open(folder);
        } catch (Exception e) {
            failed.set(true);
            message.set(i18n.format("reports.export.openFailed", folder.toString(), Errors.describe(e, i18n)));
        }
    }

    private String size(long bytes) {
        return bytes < 1024 * 1024 ? i18n.format("reports.export.kb", Format.count(Math.max(1, bytes / 1024), i18n.locale()))
                : i18n.format("reports.export.mb", Format.rate(bytes / (1024.0 * 1024.0), i18n.locale()));
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ObjectProperty<Path> finishedInProperty() {
        return finishedIn;
    }
}
