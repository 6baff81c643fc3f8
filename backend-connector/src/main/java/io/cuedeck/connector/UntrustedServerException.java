package io.cuedeck.connector;

/**
 * The backend's certificate was refused: signed by an authority this computer does not trust, for
 * another name, or expired. Nothing was sent, and trying again cannot help until the certificate or
 * the trusted authorities change (a studio's own CA: {@link ClientConfig#trustedCa()}); never retried.
 */
public class UntrustedServerException extends CuedeckException {

    public UntrustedServerException(String message, Throwable cause) {
        super(0, null, message, cause);
    }
}
