package io.cuedeck.server.capacity;

import static io.cuedeck.server.testing.TestServer.PRODUCER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cuedeck.server.Json;
import io.cuedeck.server.capacity.provider.FakeAutoScalingGroup;
import io.cuedeck.server.capacity.provider.LoopbackReceiver;
import io.cuedeck.server.capacity.provider.LoopbackReceiver.Answer;
import io.cuedeck.server.testing.Api;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server configured as an operator would for a studio's own automation: the webhook provider and
 * Slack notifications, both loopback receivers of the test's. A boost now reaches the webhook (after
 * its failures), each transition reaches Slack, the meters say what happened, and a provider that
 * keeps refusing shows as a failed boost and in the state in words.
 */
class CapacityWiringTest {

    @Test
    void boostNowReachesTheWebhookAndSlackAndTheMetersThroughTheServersOwnConfiguration() throws Exception {
        try (LoopbackReceiver webhook = new LoopbackReceiver(); LoopbackReceiver slack = new LoopbackReceiver()) {
            webhook.byDefault(r -> Answer.of(200, "{\"inServiceUnits\": "
                    + Json.read(r.body(), JsonNode.class).get("desiredUnits").asInt() + "}"));
            try (CapacityServer server = CapacityServer.start(Map.of("CUEDECK_CAPACITY_PROVIDER", "webhook",
                    "CUEDECK_CAPACITY_WEBHOOK_URL", webhook.url("/scale").toString(),
                    "CUEDECK_CAPACITY_WEBHOOK_SECRET", "0123456789abcdef",
                    "CUEDECK_SLACK_WEBHOOK_URL", slack.url("/services/T/B/X").toString()))) {
                Api api = server.api();
                webhook.then(Answer.of(502, "bad gateway"));

                String id = api.post("/api/v1/boosts/now", PRODUCER, Map.of("targetUnits", 7, "reason", "Push at 21:15"))
                        .json().get("id").asText();

                await().atMost(Duration.ofSeconds(20)).until(() ->
                        api.get("/api/v1/boosts/" + id, PRODUCER).json().get("status").asText().equals("ready"));
                assertThat(webhook.received()).anySatisfy(r -> {
                    JsonNode body = Json.mapper().readTree(r.body());
                    assertThat(body.get("desiredUnits").asInt()).isEqualTo(7);
                    assertThat(body.get("boostId").asText()).isEqualTo(id);
                });
                await().atMost(Duration.ofSeconds(20)).until(() -> slack.received().stream()
                        .anyMatch(r -> r.body().contains("Capacity ready: Boost now: Push at 21:15")));
                JsonNode state = api.get("/api/v1/capacity", PRODUCER).json();
                assertThat(state.get("provider").asText()).isEqualTo("webhook");
                assertThat(state.get("inServiceUnits").asInt()).isEqualTo(7);
                String metrics = api.get("/metrics", null).body();
                assertThat(metrics).contains("cuedeck_capacity_desired_units 7.0", "cuedeck_capacity_in_service_units 7.0",
                        "cuedeck_capacity_ready_units 7.0",
                        "cuedeck_capacity_boost_transitions_total{status=\"ready\"} 1.0",
                        "cuedeck_capacity_boost_transitions_total{status=\"planned\"} 1.0");
            }
        }
    }

    @Test
    void theAwsAsgProviderReachesTheGroupAtTheEndpointOverrideWithCredentialsAndRegionFromTheDefaultChains()
            throws Exception {
        java.nio.file.Path none = java.nio.file.Files.createTempFile("aws-none", ".ini"); // no ~/.aws is read
        Map<String, String> props = Map.of("aws.accessKeyId", "AKIDTEST", "aws.secretAccessKey", "secret-test",
                "aws.region", "eu-west-1", "aws.configFile", none.toString(), "aws.sharedCredentialsFile",
                none.toString(), "aws.disableEc2Metadata", "true");
        Map<String, String> before = new java.util.HashMap<>();
        props.forEach((k, v) -> {
            before.put(k, System.getProperty(k));
            System.setProperty(k, v);
        });
        FakeAutoScalingGroup group = new FakeAutoScalingGroup();
        try (LoopbackReceiver aws = new LoopbackReceiver()) {
            aws.byDefault(group::answer);
            try (CapacityServer server = CapacityServer.start(Map.of("CUEDECK_CAPACITY_PROVIDER", "aws-asg",
                    "CUEDECK_ASG_NAME", "cuedeck-live", "CUEDECK_ASG_ENDPOINT", aws.url("/").toString()))) {
                Api api = server.api();
                api.post("/api/v1/boosts/now", PRODUCER, Map.of("targetUnits", 6, "reason", "Push"));

                await().atMost(Duration.ofSeconds(20)).until(() -> group.sizes.get("desired") == 6);
                assertThat(group.sizes.get("min")).isEqualTo(6);
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    JsonNode state = api.get("/api/v1/capacity", PRODUCER).json();
                    assertThat(state.get("provider").asText()).isEqualTo("aws-asg");
                    assertThat(state.get("desiredUnits").asInt()).isEqualTo(6);
                    assertThat(state.get("inServiceUnits").asInt()).as("two InService, four Pending").isEqualTo(2);
                    assertThat(state.get("readyUnits").asInt()).as("one of them Unhealthy").isEqualTo(1);
                    assertThat(state.has("readyAt")).isTrue();
                });
                assertThat(aws.received()).allSatisfy(r -> assertThat(r.header("Authorization"))
                        .contains("Credential=AKIDTEST/").contains("/eu-west-1/autoscaling/"));
            }
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
            java.nio.file.Files.deleteIfExists(none);
        }
    }

    @Test
    void aProviderThatKeepsRefusingMarksTheBoostFailedAndTheStateSaysWhyInWords() {
        try (LoopbackReceiver webhook = new LoopbackReceiver()) {
            webhook.byDefault(r -> Answer.of(403, "forbidden"));
            try (CapacityServer server = CapacityServer.start(Map.of("CUEDECK_CAPACITY_PROVIDER", "webhook",
                    "CUEDECK_CAPACITY_WEBHOOK_URL", webhook.url("/scale").toString(),
                    "CUEDECK_CAPACITY_WEBHOOK_SECRET", "0123456789abcdef"))) {
                Api api = server.api();
                String id = api.post("/api/v1/boosts/now", PRODUCER, Map.of("targetUnits", 7, "reason", "Push"))
                        .json().get("id").asText();

                await().atMost(Duration.ofSeconds(20)).until(() ->
                        api.get("/api/v1/boosts/" + id, PRODUCER).json().get("status").asText().equals("failed"));
                JsonNode boost = api.get("/api/v1/boosts/" + id, PRODUCER).json();
                assertThat(boost.get("lastError").asText()).contains("answered 403");
                JsonNode state = api.get("/api/v1/capacity", PRODUCER).json();
                assertThat(state.get("reachable").asBoolean()).isFalse();
                assertThat(state.get("lastError").asText()).contains("answered 403");
                assertThat(api.get("/metrics", null).body())
                        .contains("cuedeck_capacity_boost_transitions_total{status=\"failed\"} 1.0");
            }
        }
    }
}
