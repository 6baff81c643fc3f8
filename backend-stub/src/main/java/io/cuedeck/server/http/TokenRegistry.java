package io.cuedeck.server.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tokens in force: the fixed ones ({@code CUEDECK_TOKENS}, or the generated producer token)
 * and those of the token file, which is read again whenever its content changes
 * ({@link #reloadIfChanged}, every 2 s), so a token is added, rotated or removed without a restart. A file that cannot be read
 * or has a bad line keeps the tokens read before and says so once in the log, by line number.
 */
public final class TokenRegistry implements Supplier<Tokens> {

    private static final Logger LOG = LoggerFactory.getLogger(TokenRegistry.class);

    private final Tokens fixed;
    private final Path file;
    private volatile Tokens current;
    private volatile boolean fileOk = true;
    private Object seen; // the content digest of the file when last read
    private String lastProblem;

    /** {@code file} null: the fixed tokens only. A file that cannot be read now fails the start. */
    public TokenRegistry(Tokens fixed, Path file) {
        this.fixed = fixed;
        this.file = file;
        this.current = fixed;
        if (file != null) {
            seen = stamp();
            current = fixed.and(Tokens.of(TokenHashFile.read(file)));
            LOG.info("{} tokens from the token file {}", current.size() - fixed.size(), file);
        }
    }

    @Override
    public Tokens get() {
        return current;
    }

    /** False while the token file's last change could not be read (the tokens before it are in force). */
    public boolean fileOk() {
        return fileOk;
    }

    /** Reads the file again if its size or time changed; true when new tokens are in force. */
    public synchronized boolean reloadIfChanged() {
        if (file == null) {
            return false;
        }
        Object now = stamp();
        if (Objects.equals(now, seen)) {
            return false;
        }
        try {
            Tokens next = fixed.and(Tokens.of(TokenHashFile.read(file)));
            seen = now;
            current = next;
            fileOk = true;
            lastProblem = null;
            LOG.info("token file {} changed: {} tokens from it now", file, next.size() - fixed.size());
            return true;
        } catch (RuntimeException e) {
            fileOk = false;
            if (!e.getMessage().equals(lastProblem)) {
                LOG.warn("{}; keeping the tokens read before", e.getMessage());
                lastProblem = e.getMessage();
            }
            return false;
        }
    }

    /** The file's content digest (a token file is a few lines: reading it every 2 s costs nothing). */
    private Object stamp() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            return "unreadable: " + e.getClass().getSimpleName();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
