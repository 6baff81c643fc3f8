package io.cuedeck.server.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** The helpers other tests rely on do what their Javadoc promises. */
class LocalServersTest {

    @Test
    void a_redis_without_persistence_comes_back_empty_and_one_with_aof_keeps_its_writes() {
        try (LocalRedis plain = LocalRedis.start(); LocalRedis aof = LocalRedis.start(LocalRedis.Persistence.AOF_ALWAYS)) {
            assertThat(plain.port()).isNotEqualTo(6379);
            plain.call("SET", "k", "v");
            aof.call("SET", "k", "v");
            plain.kill();
            aof.kill();
            plain.restart();
            aof.restart();
            assertThat(plain.call("GET", "k")).isNull();
            assertThat(aof.call("GET", "k")).isEqualTo("v");
        }
    }

    @Test
    void dynamodb_local_in_server_mode_listens_on_loopback_only() throws Exception {
        try (LocalDynamo dynamo = LocalDynamo.server()) {
            createTable(dynamo.client());
            assertThat(dynamo.client().listTables().tableNames()).contains("things");
            String other = nonLoopbackAddress();
            if (other != null) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(other, dynamo.port()), 500);
                    throw new AssertionError("DynamoDB Local answered on " + other);
                } catch (java.io.IOException refused) {
                    // expected: nothing listens there
                }
            }
        }
    }

    @Test
    void dynamodb_local_embedded_reports_duplicate_inserts_per_statement() {
        try (LocalDynamo dynamo = LocalDynamo.embedded()) {
            DynamoDbClient client = dynamo.client();
            createTable(client);
            String insert = "INSERT INTO \"things\" VALUE {'pk': ?, 'v': ?}";
            client.batchExecuteStatement(b -> b.statements(statement(insert, "a", "1")));
            BatchExecuteStatementResponse response = client.batchExecuteStatement(b -> b.statements(
                    statement(insert, "a", "2"), statement(insert, "b", "3")));
            assertThat(response.responses().get(0).error()).isNotNull();
            assertThat(response.responses().get(0).error().codeAsString()).isEqualTo("DuplicateItem");
            assertThat(response.responses().get(1).error()).isNull();
            Map<String, AttributeValue> a = client.getItem(b -> b.tableName("things")
                    .key(Map.of("pk", AttributeValue.fromS("a")))).item();
            assertThat(a.get("v").s()).isEqualTo("1");
        }
    }

    private static BatchStatementRequest statement(String sql, String pk, String v) {
        return BatchStatementRequest.builder().statement(sql)
                .parameters(List.of(AttributeValue.fromS(pk), AttributeValue.fromS(v))).build();
    }

    private static void createTable(DynamoDbClient client) {
        client.createTable(b -> b.tableName("things").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
                .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
    }

    private static String nonLoopbackAddress() throws Exception {
        for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    return address.getHostAddress();
                }
            }
        }
        return null;
    }
}
