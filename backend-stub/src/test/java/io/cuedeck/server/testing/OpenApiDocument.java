package io.cuedeck.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docs/openapi.yaml read as a tree: its operations (method, path template, roles) and where each
 * response's schema sits in it. {@link ResponseSchemas} validates against it; {@code
 * OpenApiDocumentTest} holds its operations against the server's routes.
 */
public final class OpenApiDocument {

    public static final Path FILE = Path.of("..", "docs", "openapi.yaml");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation; {@code method} is {@code WS} for a WebSocket route (a GET with x-websocket). */
    public record Operation(String method, String path, String roles, JsonNode node, Pattern pattern) {
        /** The JSON pointer of the schema answered with {@code status} and JSON, if any. */
        public Optional<String> jsonSchemaPointer(int status) {
            String code = Integer.toString(status);
            String key = node.path("responses").has(code) ? code : "default";
            JsonNode response = node.path("responses").path(key);
            if (response.has("$ref")) {
                return Optional.of(response.get("$ref").asString().substring(1) + "/content/application~1json/schema");
            }
            if (!response.path("content").has("application/json")) {
                return Optional.empty();
            }
            String verb = method.equals("WS") ? "get" : method.toLowerCase();
            return Optional.of("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + verb + "/responses/" + key
                    + "/content/application~1json/schema");
        }

        /** True when the document says this status has no body (204, 101). */
        public boolean bodyless(int status) {
            JsonNode response = node.path("responses").path(Integer.toString(status));
            return !response.isMissingNode() && !response.has("content") && !response.has("$ref");
        }
    }

    private static OpenApiDocument loaded;

    private final String text;
    private final JsonNode tree;
    private final List<Operation> operations;

    private OpenApiDocument(String text) {
        this.text = text;
        this.tree = new YAMLMapper().readTree(text);
        this.operations = read(tree);
    }

    public static synchronized OpenApiDocument get() {
        if (loaded == null) {
            try {
                loaded = new OpenApiDocument(Files.readString(FILE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    public static OpenApiDocument of(String text) {
        return new OpenApiDocument(text);
    }

    public String text() {
        return text;
    }

    public JsonNode tree() {
        return tree;
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * The operation a request meets: among the paths whose template matches, the one with the
     * fewest parameters (so {@code /api/v1/boosts/now} wins over {@code /api/v1/boosts/{boostId}}).
     * Empty when no path matches; an operation of another method when the path matches but not the
     * method is not returned either (the server answers 405 then).
     */
    public Optional<Operation> find(String method, String rawPath) {
        String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
        String wanted = method.equals("HEAD") ? "GET" : method;
        return operations.stream().filter(o -> o.pattern().matcher(path).matches())
                .sorted(Comparator.comparingLong((Operation o) -> o.path().chars().filter(c -> c == '{').count()))
                .filter(o -> o.method().equals(wanted) || (wanted.equals("GET") && o.method().equals("WS")))
                .findFirst();
    }

    private static List<Operation> read(JsonNode tree) {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : tree.path("paths").properties()) {
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op != null) {
                    String m = op.path("x-websocket").asBoolean(false) ? "WS" : method.toUpperCase();
                    out.add(new Operation(m, path.getKey(), roles(op), op, pattern));
                }
            }
        }
        return out;
    }

    /** {@code producer, host} as the security requirement lists them; {@code none} for {@code security: []}. */
    private static String roles(JsonNode op) {
        JsonNode security = op.path("security");
        if (!security.isArray()) {
            throw new IllegalStateException("an operation without its own security: " + op);
        }
        if (security.isEmpty()) {
            return "none";
        }
        List<String> roles = new ArrayList<>();
        security.forEach(req -> req.path("bearerToken").forEach(r -> roles.add(r.asString())));
        return roles.stream().collect(Collectors.joining(", "));
    }
}
