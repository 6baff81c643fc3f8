package io.cuedeck.server.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every response an API test receives, validated against its schema in docs/openapi.yaml (JSON
 * Schema 2020-12, the dialect of OpenAPI 3.1) with networknt's validator. {@link Api} calls {@link
 * #check} on each response, so every API test checks the document as a side effect: a body that
 * is not what the document says fails the test that received it.
 *
 * <p>Rules: a JSON body of a documented operation is validated against the schema of its status
 * (or {@code default}, which is {@code ApiError}); a documented bodyless status (204) must have no
 * body; any JSON answer with status 400 or above is an {@code ApiError}, even on a path the
 * document does not know (an unknown route's 404). Non-JSON bodies (Prometheus text, HTML, YAML)
 * and HEAD answers are not validated.
 */
public final class ResponseSchemas {

    private static final String IRI = "https://cuedeck.invalid/openapi.json";
    private static final String API_ERROR = "/components/schemas/ApiError";
    private static ResponseSchemas instance;

    private final OpenApiDocument document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private ResponseSchemas(OpenApiDocument document) {
        this.document = document;
        // the document is handed over as JSON under an address that cannot resolve: nothing is fetched
        String json = JsonMapper.builder().build().writeValueAsString(document.tree());
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of(IRI, json)));
    }

    public static synchronized ResponseSchemas get() {
        if (instance == null) {
            instance = new ResponseSchemas(OpenApiDocument.get());
        }
        return instance;
    }

    /** Throws an AssertionError naming the request, the schema and each violation. */
    public void check(String method, String path, int status, String contentType, String body) {
        if (method.equals("HEAD") || body == null) {
            return;
        }
        Optional<OpenApiDocument.Operation> op = document.find(method, path);
        if (op.isPresent() && op.get().bodyless(status)) {
            if (!body.isEmpty()) {
                throw new AssertionError(method + " " + path + " answered " + status
                        + " with a body, where docs/openapi.yaml says none: " + body);
            }
            return;
        }
        boolean json = contentType != null && contentType.toLowerCase().startsWith("application/json");
        if (!json || body.isEmpty()) {
            return;
        }
        Optional<String> pointer = op.flatMap(o -> o.jsonSchemaPointer(status));
        if (pointer.isEmpty() && status >= 400) {
            pointer = Optional.of(API_ERROR);
        }
        if (pointer.isEmpty()) {
            return;
        }
        Schema schema = schemas.computeIfAbsent(pointer.get(), p -> registry.getSchema(SchemaLocation.of(IRI + "#" + p)));
        List<Error> errors = schema.validate(body, InputFormat.JSON);
        if (!errors.isEmpty()) {
            throw new AssertionError(method + " " + path + " answered " + status + " with a body that breaks "
                    + "docs/openapi.yaml#" + pointer.get() + ": " + errors + "\nbody: " + abbreviate(body));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
