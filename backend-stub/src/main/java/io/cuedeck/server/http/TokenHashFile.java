package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The token file ({@code CUEDECK_TOKEN_FILE}): one accepted token per line as
 * {@code role name sha256:<64 hex digits>}, and for a host tied to one show ({@link ShowScope}) a
 * fourth field {@code show=<showId>}; {@code #} comments and blank lines allowed. It holds
 * digests only, so reading it (or a backup of it) gives nobody a token. Names are unique within
 * the file: the audit trail says who acted by them. Written by the {@code token} command
 * ({@link TokenCommand}) atomically, readable by its owner only.
 */
public final class TokenHashFile {

    public static final String KEY = "CUEDECK_TOKEN_FILE";
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** The fourth field's prefix. */
    static final String SHOW = "show=";
    private static final Pattern DIGEST = Pattern.compile("sha256:([0-9a-f]{64})");

    private TokenHashFile() {
    }

    /** The file's tokens; a bad line is named by its number (never its digest). */
    public static List<Tokens.Entry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ConfigException.invalid(KEY, file.toString(), "a readable token file (" + e.getClass().getSimpleName() + ")");
        }
        return parse(lines, file);
    }

    static List<Tokens.Entry> parse(List<String> lines, Path file) {
        List<Tokens.Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = KEY + " " + file + " line " + (i + 1);
            String[] parts = line.split("\\s+");
            if (parts.length != 3 && (parts.length != 4 || !parts[3].startsWith(SHOW))) {
                throw new ConfigException(where + " is not 'role name sha256:<hex>' or 'host name sha256:<hex> "
                        + SHOW + "<showId>'");
            }
            Role role = Tokens.roleOf(parts[0], where);
            if (!NAME.matcher(parts[1]).matches()) {
                throw new ConfigException(where + ": a name is 1-64 of A-Z a-z 0-9 . _ @ -");
            }
            if (!names.add(parts[1])) {
                throw new ConfigException(where + ": the name " + parts[1] + " is given twice");
            }
            var digest = DIGEST.matcher(parts[2]);
            if (!digest.matches()) {
                throw new ConfigException(where + ": the token must be given as sha256: and 64 lower-case hex digits");
            }
            String show = ShowScope.of(role, parts.length == 4 ? parts[3].substring(SHOW.length()) : null, where);
            entries.add(new Tokens.Entry(role, parts[1], HexFormat.of().parseHex(digest.group(1)), show));
        }
        return entries;
    }

    /** The line that stands for {@code token} ({@code show} null: every show). */
    static String line(Role role, String name, String token, String show) {
        return role.label() + " " + name + " sha256:" + HexFormat.of().formatHex(Tokens.digest(token))
                + (show == null ? "" : " " + SHOW + show);
    }

    /** Replaces the file's lines at once (a temporary file moved over it), owner-only. */
    static void write(Path file, List<String> lines) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".tokens", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the token file " + file, e);
        }
    }
}
