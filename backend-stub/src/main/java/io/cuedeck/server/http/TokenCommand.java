package io.cuedeck.server.http;

import io.cuedeck.server.config.ConfigException;
import io.cuedeck.server.config.ConfigSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar cuedeck-server.jar token add|rotate|remove|list ...}: keeps the token file. A new
 * token is made from 32 random bytes, printed once on standard output and stored only as its
 * SHA-256; a running server reads the changed file within 2 s. The file is {@code --file <path>},
 * else {@code CUEDECK_TOKEN_FILE} (environment, or the file {@code CUEDECK_CONFIG_FILE} names).
 */
public final class TokenCommand {

    private static final String USAGE = """
            Usage: java -jar cuedeck-server.jar token <command> [--file <token file>]
              token add <role> <name>   make a token for <name> (role: %s) and print it once
                  [--show <showId>]     a host token for that show only
              token rotate <name>       replace <name>'s token with a new one and print it once
              token remove <name>       remove <name>'s token
              token list                list the names, roles and shows in the file (never a token)
            The token file is --file, else CUEDECK_TOKEN_FILE.""";

    private final PrintStream out;
    private final PrintStream err;

    private TokenCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs {@code args} (starting with {@code token}); answers the exit status: 0 done, 2 refused. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return new TokenCommand(out, err).run(new ArrayList<>(Arrays.asList(args).subList(1, args.length)), env);
    }

    private int run(List<String> args, Map<String, String> env) {
        try {
            if (args.isEmpty() || args.equals(List.of("--file")) || args.get(0).equals("help")) {
                return usage();
            }
            Path file = takeFile(args, env);
            String show = take(args, "--show", "a show id");
            if (args.isEmpty() || show != null && !args.get(0).equals("add")) {
                return usage();
            }
            switch (args.get(0)) {
                case "add" -> {
                    if (args.size() != 3) {
                        return usage();
                    }
                    Role role = Tokens.roleOf(args.get(1), "The role");
                    return add(file, role, args.get(2), ShowScope.of(role, show, "--show"));
                }
                case "rotate" -> {
                    return args.size() == 2 ? rotate(file, args.get(1)) : usage();
                }
                case "remove" -> {
                    return args.size() == 2 ? remove(file, args.get(1)) : usage();
                }
                case "list" -> {
                    return args.size() == 1 ? list(file) : usage();
                }
                default -> {
                    return usage();
                }
            }
        } catch (ConfigException | IllegalArgumentException e) {
            err.println("Token not changed: " + e.getMessage());
            return 2;
        }
    }

    private int add(Path file, Role role, String name, String show) {
        checkName(name);
        List<String> lines = existing(file);
        if (TokenHashFile.parse(lines, file).stream().anyMatch(e -> e.name().equals(name))) {
            throw new IllegalArgumentException(name + " already has a token in " + file + "; use 'token rotate " + name + "'");
        }
        if (lines.isEmpty()) {
            lines.add("# Cuedeck tokens: role name sha256:<hex> [show=<showId>]. Keep with: java -jar cuedeck-server.jar token ...");
        }
        String token = newToken();
        lines.add(TokenHashFile.line(role, name, token, show));
        TokenHashFile.write(file, lines);
        shown(role.label() + " token for " + name + (show == null ? "" : " (show " + show + " only)") + " added to " + file,
                token);
        return 0;
    }

    private int rotate(Path file, String name) {
        List<String> lines = existing(file);
        Tokens.Entry entry = TokenHashFile.parse(lines, file).stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no token named " + name + " in " + file));
        String token = newToken();
        lines.replaceAll(l -> isLineOf(l, name) ? TokenHashFile.line(entry.role(), name, token, entry.show()) : l);
        TokenHashFile.write(file, lines);
        shown(entry.role().label() + " token for " + name + " replaced in " + file + "; the old one stops working", token);
        return 0;
    }

    private int remove(Path file, String name) {
        List<String> lines = existing(file);
        if (!lines.removeIf(l -> isLineOf(l, name))) {
            throw new IllegalArgumentException("no token named " + name + " in " + file);
        }
        TokenHashFile.write(file, lines);
        out.println("Removed the token of " + name + " from " + file + ". A running server refuses it within 2 s.");
        return 0;
    }

    private int list(Path file) {
        for (Tokens.Entry e : TokenHashFile.parse(existing(file), file)) {
            out.println(e.role().label() + " " + e.name() + (e.show() == null ? "" : " " + TokenHashFile.SHOW + e.show()));
        }
        return 0;
    }

    private void shown(String what, String token) {
        out.println(what + ". The token, shown only now (it is stored as a hash):");
        out.println();
        out.println("  " + token);
        out.println();
        out.println("A running server with this token file accepts it within 2 s.");
    }

    private static boolean isLineOf(String line, String name) {
        String[] parts = line.strip().split("\\s+");
        return !line.strip().startsWith("#") && (parts.length == 3 || parts.length == 4) && parts[1].equals(name);
    }

    private static void checkName(String name) {
        if (!TokenHashFile.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a name is 1-64 of A-Z a-z 0-9 . _ @ - (it is what the audit trail shows)");
        }
    }

    private static List<String> existing(Path file) {
        try {
            return Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8)) : new ArrayList<>();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Path takeFile(List<String> args, Map<String, String> env) {
        String file = take(args, "--file", "a path");
        if (file != null) {
            return Path.of(file);
        }
        return ConfigSource.fromEnvironment(env).get(TokenHashFile.KEY).map(Path::of).orElseThrow(() ->
                new IllegalArgumentException("name the token file: --file <path>, or set " + TokenHashFile.KEY));
    }

    /** Removes {@code option} and its value from {@code args}; answers the value, null when absent. */
    private static String take(List<String> args, String option, String what) {
        int at = args.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs " + what);
        }
        String value = args.get(at + 1);
        args.subList(at, at + 2).clear();
        return value;
    }

    private int usage() {
        err.println(String.format(USAGE, Role.labels()));
        return 2;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
