package io.cuedeck.server.tls;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Optional;

/**
 * HTTPS and WSS served by the backend itself: {@code CUEDECK_TLS_KEYSTORE} names a PKCS#12 keystore
 * ({@code .p12}/{@code .pfx}, opened with {@code CUEDECK_TLS_PASSWORD}) or a PEM file holding the
 * certificate chain and, unless {@code CUEDECK_TLS_KEY} names another PEM file for it, the private
 * key. Everything is read and checked at start ({@link ServerKeys}): a missing file, a wrong password,
 * a key that does not belong to the certificate or an expired certificate stops the start with one
 * line naming the key and the file, never the password.
 *
 * @param keyStore the server's key and certificate chain, in memory
 * @param password the password of {@code keyStore}'s key entry
 * @param source   the file it came from, for messages and the log
 */
public record TlsConfig(KeyStore keyStore, char[] password, Path source) {

    public static final String KEYSTORE = "CUEDECK_TLS_KEYSTORE";
    public static final String PASSWORD = "CUEDECK_TLS_PASSWORD";
    public static final String KEY = "CUEDECK_TLS_KEY";

    /** Empty when {@code CUEDECK_TLS_KEYSTORE} is not set (plain HTTP). */
    public static Optional<TlsConfig> from(ConfigSource source) {
        Optional<String> keystore = source.get(KEYSTORE);
        if (keystore.isEmpty()) {
            if (source.get(KEY).isPresent()) {
                throw new ConfigException(KEY + " is set but " + KEYSTORE + " is not: name the certificate file too");
            }
            return Optional.empty();
        }
        Path file = Path.of(keystore.get());
        char[] password = source.get(PASSWORD).map(String::toCharArray).orElse(new char[0]);
        byte[] bytes = read(KEYSTORE, file);
        if (ServerKeys.isPem(bytes)) {
            Path keyFile = source.get(KEY).map(Path::of).orElse(file);
            byte[] keyBytes = keyFile.equals(file) ? bytes : read(KEY, keyFile);
            return Optional.of(new TlsConfig(ServerKeys.fromPem(bytes, keyBytes, password, file, keyFile),
                    ServerKeys.IN_MEMORY_PASSWORD, file));
        }
        return Optional.of(new TlsConfig(pkcs12(file, bytes, password), password, file));
    }

    private static KeyStore pkcs12(Path file, byte[] bytes, char[] password) {
        if (password.length == 0) {
            throw new ConfigException(KEYSTORE + "=" + file + " is a PKCS#12 keystore: set " + PASSWORD + " to open it");
        }
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            ServerKeys.check(store, password, file);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new ConfigException(PASSWORD + " does not open " + KEYSTORE + "=" + file + " (wrong password)");
            }
            throw new ConfigException(KEYSTORE + "=" + file + " is neither a PKCS#12 keystore nor a PEM file ("
                    + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new ConfigException(KEYSTORE + "=" + file + " cannot be read as PKCS#12: " + e.getMessage());
        }
    }

    private static byte[] read(String key, Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw ConfigException.invalid(key, file.toString(), "a readable file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "TlsConfig[" + source + "]";
    }
}
