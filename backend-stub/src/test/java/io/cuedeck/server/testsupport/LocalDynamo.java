package io.cuedeck.server.testsupport;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.monitoring.Telemetry;
import com.amazonaws.services.dynamodbv2.local.server.AbstractLocalDynamoDBServerHandler;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import java.lang.reflect.Field;
import java.net.URI;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local for tests (test scope only: its licence allows development and testing).
 *
 * <p>Telemetry is off in both modes: {@code DynamoDBEmbedded.create(true)} and the server's
 * {@code -disableTelemetry}, on top of {@code DDB_LOCAL_TELEMETRY=0} set by surefire; a start that
 * finds telemetry configured anyway fails. {@link #embedded()} runs in-process with no socket at
 * all and is what single-process tests use. {@link #server()} is for tests whose nodes run in child
 * JVMs: DynamoDB Local's server has no bind option and would listen on 0.0.0.0, so this helper
 * sets the host of its Jetty connector to 127.0.0.1 before starting it and checks the result.
 *
 * <p>Native libraries: 2.6.1 carries its own sqlite4java natives inside the DynamoDBLocal jar
 * ({@code .../local/shared/access/sqlite/native/<OS>/<arch>/}) and its {@code SQLiteLibraryLoader}
 * extracts and loads them itself, so no {@code sqlite4java.library.path} and no copy of the
 * {@code libsqlite4java-*.so} artifacts is needed (older versions needed both).
 */
public final class LocalDynamo implements AutoCloseable {

    public static final String REGION = "us-east-1";
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local";

    private final AmazonDynamoDBLocal embedded;
    private final DynamoDBProxyServer server;
    private final int port;
    private final DynamoDbClient client;

    private LocalDynamo(AmazonDynamoDBLocal embedded, DynamoDBProxyServer server, int port, DynamoDbClient client) {
        this.embedded = embedded;
        this.server = server;
        this.port = port;
        this.client = client;
    }

    /** In-process DynamoDB Local: no socket, no network; the client calls it directly. */
    public static LocalDynamo embedded() {
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(true);
        refuseTelemetry();
        return new LocalDynamo(local, null, -1, local.dynamoDbClient());
    }

    /** DynamoDB Local as an HTTP server on a free port of 127.0.0.1 only, in memory. */
    public static LocalDynamo server() {
        return server(FreePort.pick());
    }

    /** As {@link #server()} on a given port (to start it again where clients expect it). */
    public static LocalDynamo server(int port) {
        try {
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                    new String[] {"-inMemory", "-port", String.valueOf(port), "-disableTelemetry"});
            Server jetty = jettyOf(server);
            for (Connector connector : jetty.getConnectors()) {
                ((ServerConnector) connector).setHost("127.0.0.1");
            }
            server.start();
            refuseTelemetry();
            for (Connector connector : jetty.getConnectors()) {
                String host = ((ServerConnector) connector).getHost();
                if (!"127.0.0.1".equals(host)) {
                    server.stop();
                    throw new IllegalStateException("DynamoDB Local bound to " + host + ", not loopback");
                }
            }
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            return new LocalDynamo(null, server, port, httpClient(endpoint));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not start DynamoDB Local on 127.0.0.1:" + port, e);
        }
    }

    /** A plain SDK client for a loopback endpoint with fixed local credentials and region. */
    public static DynamoDbClient httpClient(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .httpClient(Apache5HttpClient.create())
                .build();
    }

    public DynamoDbClient client() {
        return client;
    }

    /** {@code http://127.0.0.1:<port>} in server mode. */
    public String endpoint() {
        if (server == null) {
            throw new IllegalStateException("the embedded DynamoDB Local has no endpoint");
        }
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.shutdown();
        }
        if (server != null) {
            try {
                server.stop();
                // stop() leaves the handler's job threads (not daemons) running: close it too
                Field handler = DynamoDBProxyServer.class.getDeclaredField("serverHandler");
                handler.setAccessible(true);
                ((AbstractLocalDynamoDBServerHandler) handler.get(server)).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Server jettyOf(DynamoDBProxyServer server) throws ReflectiveOperationException {
        Field field = DynamoDBProxyServer.class.getDeclaredField("server");
        field.setAccessible(true);
        return (Server) field.get(server);
    }

    private static void refuseTelemetry() {
        if (Telemetry.getTelemetry().isPresent()) {
            throw new IllegalStateException("DynamoDB Local telemetry is configured; tests must never send it");
        }
    }
}
