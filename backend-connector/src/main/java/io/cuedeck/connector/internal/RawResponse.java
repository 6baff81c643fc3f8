package io.cuedeck.connector.internal;

/** A response read in full on OkHttp's thread, so that the waiting caller never touches the socket. */
public record RawResponse(int status, byte[] body, String contentType) {

    public boolean successful() {
        return status >= 200 && status < 300;
    }
}
