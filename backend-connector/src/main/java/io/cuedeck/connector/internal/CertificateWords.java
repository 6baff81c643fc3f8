package io.cuedeck.connector.internal;

import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Why a backend's certificate was refused, in words a producer can act on; null when the failure
 * was not about the certificate. Java buries the reason in a chain of causes ("PKIX path building
 * failed ..."); this walks it once, for the HTTP client and the console socket alike.
 */
final class CertificateWords {

    private CertificateWords() {
    }

    static String describe(Throwable failure, String host) {
        boolean tls = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof CertificateExpiredException) {
                return "The certificate of the Cuedeck server " + host + " has expired, so the console does not trust it. "
                        + "Ask whoever runs the server to renew it.";
            }
            if (t instanceof CertificateNotYetValidException) {
                return "The certificate of the Cuedeck server " + host + " is not valid yet. Check this computer's clock.";
            }
            if (t instanceof SSLPeerUnverifiedException || message.contains("No subject alternative")
                    || message.contains("No name matching") || message.contains("not verified")) {
                return "The certificate of the Cuedeck server is not made out to " + host
                        + ", so it may not be the studio's server. Use the name or address the certificate was made for.";
            }
            if (t instanceof CertPathValidatorException || message.contains("PKIX path")
                    || message.contains("unable to find valid certification path")) {
                return "The Cuedeck server " + host + " presented a certificate signed by an authority this computer does "
                        + "not trust. If your studio uses its own certificate authority, choose its certificate as the "
                        + "trusted CA in Backend… (Ctrl+L).";
            }
            tls |= t instanceof SSLHandshakeException;
        }
        return tls ? "The secure connection to the Cuedeck server " + host + " failed (" + failure.getMessage() + ")." : null;
    }

    /** True when {@code failure} is a TLS failure at all (worth no retry when it is about the certificate). */
    static boolean isTls(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SSLException) {
                return true;
            }
        }
        return false;
    }
}
