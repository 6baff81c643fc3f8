package io.cuedeck.console.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.cuedeck.connector.ReportDownloads;
import io.cuedeck.console.common.I18n;
import io.cuedeck.console.common.Jobs;
import io.cuedeck.console.session.Backend;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's words and states, with current-thread executors and a backend that writes a file or fails. */
class ReportExportTest {

    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final List<Path> opened = new ArrayList<>();
    private final ReportExport export = new ReportExport(new Jobs(Runnable::run, Runnable::run), Runnable::run, i18n,
            opened::add);

    /** Only exportReport is called here; every other method fails the test. */
    private static Backend exporting(ExportCall call) {
        return (Backend) Proxy.newProxyInstance(Backend.class.getClassLoader(), new Class<?>[] {Backend.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("exportReport")) {
                        return call.run((Path) args[3], (io.cuedeck.connector.DownloadListener) args[4]);
                    }
                    throw new AssertionError("unexpected call " + method.getName());
                });
    }

    interface ExportCall {
        long run(Path target, io.cuedeck.connector.DownloadListener progress) throws Exception;
    }

    @Test
    void aFinishedExportSaysWhereItIsAndOpenFolderOpensThatFolder(@TempDir Path dir) {
        export.start(exporting((target, progress) -> {
            progress.progress(2048, -1);
            Files.write(target, new byte[3 * 1024 * 1024]);
            return 3 * 1024 * 1024;
        }), "s1", null, ReportDownloads.Format.PDF, dir.resolve("Quiz-report.pdf"));
        assertThat(export.messageProperty().get()).isEqualTo("Saved Quiz-report.pdf (3.0 MB) in " + dir + ".");
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(export.finishedInProperty().get()).isEqualTo(dir);
        export.openFolder();
        assertThat(opened).containsExactly(dir);
    }

    @Test
    void aFailedExportSaysWhatWentWrongInWordsAndOffersNoFolder(@TempDir Path dir) {
        export.start(exporting((target, progress) -> {
            throw new io.cuedeck.connector.ForbiddenException(403, "forbidden",
                    "A host token cannot do this; it needs producer or manager.", null);
        }), "s1", null, ReportDownloads.Format.CSV_ZIP, dir.resolve("Quiz-report.csv.zip"));
        assertThat(export.messageProperty().get()).startsWith("The export of Quiz-report.csv.zip failed: ")
                .contains("A host token cannot do this");
        assertThat(export.failedProperty().get()).isTrue();
        assertThat(export.finishedInProperty().get()).isNull();
    }

    @Test
    void fileNamesKeepTheTitlesLettersInAnyScriptAndDropWhatAFileSystemRefuses() {
        assertThat(ReportExport.fileName("晚間新聞: 12/1", 0, ReportDownloads.Format.PDF)).isEqualTo("晚間新聞- 12-1-report.pdf");
        assertThat(ReportExport.fileName("Quiz night", 2, ReportDownloads.Format.CSV_ZIP)).isEqualTo("Quiz night-fire-2.csv.zip");
    }
}
