package io.cuedeck.console.session;

/** Makes a backend for a remote URL and token (no I/O until it is used). */
public interface RemoteFactory {

    /** With this computer's trusted authorities, and plain HTTP to loopback only. */
    default Backend create(String url, String token) {
        return create(url, token, RemoteSecurity.DEFAULT);
    }

    Backend create(String url, String token, RemoteSecurity security);
}
