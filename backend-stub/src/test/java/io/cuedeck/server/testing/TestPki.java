package io.cuedeck.server.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A studio's private certificate authority, made in the test: its certificate, and server
 * certificates it signs for 127.0.0.1 and localhost, written as PKCS#12 or PEM. (The server's and
 * the connector's tests each keep a copy: test classes are not shared between modules.)
 */
public final class TestPki {

    /** A key and its certificate chain (leaf first). */
    public record Issued(KeyPair keys, X509Certificate[] chain) {
    }

    private final String name;
    private final KeyPair caKeys;
    private final X509Certificate caCert;

    private TestPki(String name) {
        this.name = name;
        this.caKeys = keyPair();
        this.caCert = sign(new X500Name("CN=" + name), caKeys, new X500Name("CN=" + name), caKeys,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
    }

    /** A new CA named {@code name} ("Studio 4 CA"). */
    public static TestPki create(String name) {
        return new TestPki(name);
    }

    public X509Certificate caCertificate() {
        return caCert;
    }

    /** A server certificate for 127.0.0.1 and localhost, valid from yesterday for 30 days. */
    public Issued server() {
        return server(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
    }

    public Issued server(Instant notBefore, Instant notAfter) {
        return issue(notBefore, notAfter, new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.dNSName, "localhost"));
    }

    /** A server certificate made out to {@code dnsName} only (not to 127.0.0.1). */
    public Issued serverNamed(String dnsName) {
        return issue(Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)),
                new GeneralName(GeneralName.dNSName, dnsName));
    }

    private Issued issue(Instant notBefore, Instant notAfter, GeneralName... names) {
        KeyPair keys = keyPair();
        X509Certificate leaf = sign(new X500Name("CN=localhost"), keys, new X500Name("CN=" + name), caKeys,
                notBefore, notAfter, names);
        return new Issued(keys, new X509Certificate[] {leaf, caCert});
    }

    public static Path writePkcs12(Issued issued, Path file, String password) {
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", issued.keys().getPrivate(), password.toCharArray(), issued.chain());
            store.store(out, password.toCharArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chain and the PKCS#8 key in one PEM file. */
    public static Path writePem(Issued issued, Path file) {
        return write(file, pem(issued.chain()) + pem(issued.keys().getPrivate()));
    }

    public static Path writeChainPem(Issued issued, Path file) {
        return write(file, pem(issued.chain()));
    }

    public static Path writeKeyPem(Issued issued, Path file) {
        return write(file, pem(issued.keys().getPrivate()));
    }

    /** The key as an encrypted PKCS#8 PEM ({@code BEGIN ENCRYPTED PRIVATE KEY}, PBES2 with AES-256), as openssl 3 writes it. */
    public static Path writeEncryptedKeyPem(Issued issued, Path file, String password) {
        try {
            var encryptor = new org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder(
                    org.bouncycastle.openssl.PKCS8Generator.AES_256_CBC)
                    .setPRF(org.bouncycastle.openssl.PKCS8Generator.PRF_HMACSHA256)
                    .setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                    .setPassword(password.toCharArray()).build();
            StringWriter text = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
                writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(issued.keys().getPrivate(), encryptor));
            }
            return write(file, text.toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot encrypt the test key", e);
        }
    }

    public Path writeCaPem(Path file) {
        return write(file, pem(caCert));
    }

    /** A client context that trusts this CA only (what a studio PC with the CA installed has). */
    public SSLContext clientContext() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", caCert);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X500Name subject, KeyPair subjectKeys, X500Name issuer, KeyPair issuerKeys,
            Instant notBefore, Instant notAfter, GeneralName... names) {
        boolean ca = names.length == 0;
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, new SecureRandom()), Date.from(notBefore), Date.from(notAfter), subject,
                    subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            if (ca) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(Object... objects) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object o : objects) {
                writer.writeObject(o instanceof java.security.PrivateKey key
                        ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null) : o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
