package io.cuedeck.console.session;

/** Makes a backend for a remote URL and token (no I/O until it is used). */
public interface RemoteFactory {

    Backend create(String url, String token);
}
