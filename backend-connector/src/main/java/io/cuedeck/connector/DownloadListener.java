package io.cuedeck.connector;

/**
 * Hears how a streamed download ({@link ReportDownloads}) gets on. Called on the downloading
 * thread (the one that called the download method): hand the figures to a UI thread yourself.
 */
@FunctionalInterface
public interface DownloadListener {

    /**
     * Bytes written to the file so far, and the whole size when the server said it ({@code -1}
     * when it streams without a length, as report exports do).
     */
    void progress(long bytes, long total);
}
