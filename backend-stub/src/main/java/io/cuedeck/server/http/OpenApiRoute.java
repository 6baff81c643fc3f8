package io.cuedeck.server.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.yaml}: docs/openapi.yaml, copied into the jar at build time. No token
 * is needed: the document says what docs/API.md already says publicly (routes, roles, shapes), and
 * holds nothing of any installation (no token, no address, no show), so hiding it would protect
 * nothing while making client generators and API explorers ask for a producer's token.
 */
public final class OpenApiRoute {

    static final String RESOURCE = "/io/cuedeck/server/openapi.yaml";

    private final byte[] document;

    public OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks " + RESOURCE + " (docs/openapi.yaml): rebuild it.");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/v1/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(document));
    }
}
