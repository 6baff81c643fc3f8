package io.cuedeck.connector.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Who the client trusts for {@code https://} and {@code wss://}: the authorities this Java trusts
 * (its {@code cacerts}, which follows the operating system's on most installs), plus, when given,
 * the CA certificates of one file: a studio's private CA. Certificates are always verified and host
 * names always checked (OkHttp and the socket client both do); there is no "trust everything" switch.
 */
public final class TrustedAuthorities {

    private final SSLContext context;
    private final X509TrustManager trustManager;

    private TrustedAuthorities(X509TrustManager trustManager) {
        try {
            this.trustManager = trustManager;
            this.context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no TLS", e);
        }
    }

    /**
     * The default authorities plus those in {@code extraCa} (PEM or DER, one certificate or several);
     * null for the defaults only. A file that cannot be read, or holds no certificate, is refused
     * with a sentence naming it.
     */
    public static TrustedAuthorities of(Path extraCa) {
        try {
            TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            X509TrustManager system = x509(defaults.getTrustManagers());
            if (extraCa == null) {
                return new TrustedAuthorities(system);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : system.getAcceptedIssuers()) {
                store.setCertificateEntry("system-" + n++, ca);
            }
            for (Certificate ca : read(extraCa)) {
                store.setCertificateEntry("studio-" + n++, ca);
            }
            TrustManagerFactory combined = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            combined.init(store);
            return new TrustedAuthorities(x509(combined.getTrustManagers()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up the trusted certificate authorities: " + e.getMessage(), e);
        }
    }

    private static Collection<? extends Certificate> read(Path file) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("The trusted CA file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + ").", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The trusted CA file " + file + " holds no certificate this console can read "
                    + "(a .pem, .crt or .cer file is expected).", e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("The trusted CA file " + file + " holds no certificate.");
        }
        return certificates;
    }

    private static X509TrustManager x509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("no X.509 trust manager");
    }

    public SSLSocketFactory socketFactory() {
        return context.getSocketFactory();
    }

    public X509TrustManager trustManager() {
        return trustManager;
    }
}
