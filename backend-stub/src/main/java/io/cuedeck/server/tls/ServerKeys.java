package io.cuedeck.server.tls;

import io.cuedeck.server.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Reads the server's key and certificate chain from PEM (PKCS#8 keys, plain or encrypted with
 * {@code CUEDECK_TLS_PASSWORD}) and checks what would otherwise fail only at the first handshake:
 * there is a key, it belongs to the first certificate, and that certificate is valid today.
 */
final class ServerKeys {

    /** The key entry's password in the keystore built from PEM; it never leaves memory. */
    static final char[] IN_MEMORY_PASSWORD = "cuedeck-in-memory".toCharArray();

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "Ed25519", "Ed448", "RSASSA-PSS"};

    private ServerKeys() {
    }

    static boolean isPem(byte[] bytes) {
        return new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
    }

    static KeyStore fromPem(byte[] certBytes, byte[] keyBytes, char[] password, Path certFile, Path keyFile) {
        List<Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            for (byte[] der : blocks(certBytes, "CERTIFICATE")) {
                chain.add(x509.generateCertificate(new ByteArrayInputStream(der)));
            }
        } catch (GeneralSecurityException e) {
            throw new ConfigException(TlsConfig.KEYSTORE + "=" + certFile + " holds a certificate that cannot be read: "
                    + e.getMessage());
        }
        if (chain.isEmpty()) {
            throw new ConfigException(TlsConfig.KEYSTORE + "=" + certFile + " holds no certificate (-----BEGIN CERTIFICATE-----)");
        }
        String keyWhere = (keyFile.equals(certFile) ? TlsConfig.KEYSTORE : TlsConfig.KEY) + "=" + keyFile;
        PrivateKey key = privateKey(keyBytes, password, keyWhere);
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, IN_MEMORY_PASSWORD, chain.toArray(Certificate[]::new));
            check(store, IN_MEMORY_PASSWORD, certFile);
            return store;
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new ConfigException(keyWhere + " cannot be used with its certificate: " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(byte[] pem, char[] password, String where) {
        String text = new String(pem, StandardCharsets.US_ASCII);
        if (text.contains("BEGIN RSA PRIVATE KEY") || text.contains("BEGIN EC PRIVATE KEY")) {
            throw new ConfigException(where + " holds a key in the old OpenSSL form; convert it to PKCS#8 with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem'");
        }
        List<byte[]> plain = blocks(pem, "PRIVATE KEY");
        List<byte[]> encrypted = blocks(pem, "ENCRYPTED PRIVATE KEY");
        if (plain.isEmpty() && encrypted.isEmpty()) {
            throw new ConfigException(where + " holds no private key (-----BEGIN PRIVATE KEY-----); name the key file with "
                    + TlsConfig.KEY);
        }
        byte[] der = plain.isEmpty() ? decrypt(encrypted.get(0), password, where) : plain.get(0);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException tryNext) {
                // not this algorithm
            }
        }
        throw new ConfigException(where + " holds a private key of a kind this server cannot use (RSA, EC and EdDSA are)");
    }

    private static byte[] decrypt(byte[] der, char[] password, String where) {
        if (password.length == 0) {
            throw new ConfigException(where + " holds an encrypted key: set " + TlsConfig.PASSWORD + " to open it");
        }
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            AlgorithmParameters params = info.getAlgParameters();
            String algorithm = params == null ? info.getAlgName() : params.toString();
            SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm);
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(password)), params);
            return info.getKeySpec(cipher).getEncoded();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new ConfigException(TlsConfig.PASSWORD + " does not open the encrypted key in " + where
                    + " (wrong password, or an encryption this Java cannot read)");
        }
    }

    /** The store holds one key whose certificate matches it and is valid now. */
    static void check(KeyStore store, char[] password, Path file) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias)) {
                continue;
            }
            Key key = store.getKey(alias, password);
            Certificate[] chain = store.getCertificateChain(alias);
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0) {
                continue;
            }
            X509Certificate leaf = (X509Certificate) chain[0];
            try {
                leaf.checkValidity();
            } catch (CertificateExpiredException e) {
                throw new ConfigException(TlsConfig.KEYSTORE + "=" + file + ": the certificate for "
                        + leaf.getSubjectX500Principal().getName() + " expired on " + leaf.getNotAfter().toInstant());
            } catch (CertificateNotYetValidException e) {
                throw new ConfigException(TlsConfig.KEYSTORE + "=" + file + ": the certificate for "
                        + leaf.getSubjectX500Principal().getName() + " is valid only from " + leaf.getNotBefore().toInstant());
            }
            if (!belongTogether(privateKey, leaf)) {
                throw new ConfigException(TlsConfig.KEYSTORE + "=" + file + ": the private key does not belong to the certificate for "
                        + leaf.getSubjectX500Principal().getName());
            }
            return;
        }
        throw new ConfigException(TlsConfig.KEYSTORE + "=" + file + " holds no private key with its certificate");
    }

    private static boolean belongTogether(PrivateKey key, X509Certificate certificate) throws GeneralSecurityException {
        String algorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "Ed448", "EdDSA" -> key.getAlgorithm();
            default -> null;
        };
        if (algorithm == null) {
            return true; // no cheap check for this kind: the first handshake tells
        }
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(key);
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(probe);
        try {
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    private static List<byte[]> blocks(byte[] pem, String type) {
        List<byte[]> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(new String(pem, StandardCharsets.US_ASCII));
        while (m.find()) {
            if (m.group(1).equals(type)) {
                out.add(Base64.getMimeDecoder().decode(m.group(2).replaceAll("(?m)^[A-Za-z-]+:.*$", "").strip()));
            }
        }
        return out;
    }
}
