package io.cuedeck.server.capacity.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cuedeck.server.capacity.provider.LoopbackReceiver.Answer;
import io.cuedeck.server.capacity.provider.LoopbackReceiver.Received;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;

/**
 * The aws-asg provider with the real AWS SDK against a loopback server that reads the AutoScaling
 * Query API requests (Action, AutoScalingGroupName, MinSize, DesiredCapacity) and answers with
 * XML shaped as AWS answers, throttling and errors included. Static test credentials and a fixed
 * region: nothing reads ~/.aws or the instance metadata service.
 */
class AsgProviderTest {

    private static final String NS = "http://autoscaling.amazonaws.com/doc/2011-01-01/";

    private final LoopbackReceiver aws = new LoopbackReceiver();
    /** An empty profile file: the SDK reads no ~/.aws file. */
    private static final ProfileFile NO_PROFILES = ProfileFile.builder()
            .content(new java.io.ByteArrayInputStream(new byte[0])).type(ProfileFile.Type.CONFIGURATION).build();

    private final AutoScalingClient client = AsgProvider.configure(AutoScalingClient.builder(),
                    o -> o.defaultProfileFile(NO_PROFILES).defaultProfileName("none"))
            .region(Region.EU_WEST_1)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret-test")))
            .endpointOverride(aws.url("/")).build();
    private final AsgProvider provider = new AsgProvider(client, "cuedeck-live", Clock.systemUTC());
    private final ProviderCalls calls = new ProviderCalls(provider, millis -> { });
    private final FakeAutoScalingGroup fake = new FakeAutoScalingGroup();
    private final Map<String, Integer> group = fake.sizes;

    AsgProviderTest() {
        aws.byDefault(fake::answer);
    }

    @AfterEach
    void close() {
        client.close();
        aws.close();
    }

    private static Answer error(int status, String type, String code, String message) {
        return Answer.of(status, "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + type + "</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error><RequestId>9e1f-4b5c</RequestId></ErrorResponse>");
    }

    static Map<String, String> form(String body) {
        return FakeAutoScalingGroup.form(body);
    }

    private List<Map<String, String>> updates() {
        return aws.received().stream().map(r -> form(r.body()))
                .filter(q -> "UpdateAutoScalingGroup".equals(q.get("Action"))).toList();
    }

    @Test
    void askingForUnitsSetsMinSizeAndDesiredCapacityOfTheGroupAndReadsInServiceInstancesBack() throws Exception {
        calls.setDesired(4, request());

        Map<String, String> update = updates().get(0);
        assertThat(update).containsEntry("Action", "UpdateAutoScalingGroup").containsEntry("Version", "2011-01-01")
                .containsEntry("AutoScalingGroupName", "cuedeck-live").containsEntry("MinSize", "4")
                .containsEntry("DesiredCapacity", "4").doesNotContainKey("MaxSize");
        assertThat(aws.received().get(0).header("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/")
                .contains("/eu-west-1/autoscaling/aws4_request");
        ProviderState state = calls.state();
        assertThat(state.desired()).isEqualTo(4);
        assertThat(state.inService()).as("two InService, two Pending").isEqualTo(2);
        assertThat(state.ready()).as("one of them Unhealthy").isEqualTo(1);
        assertThat(state.readyAt()).isNotNull();
    }

    @Test
    void aTargetAboveMaxSizeRaisesMaxSizeAndALowerOneNeverLowersIt() throws Exception {
        calls.setDesired(14, request());
        calls.setDesired(3, request());

        assertThat(updates().get(0)).containsEntry("MaxSize", "14").containsEntry("DesiredCapacity", "14");
        assertThat(updates().get(1)).doesNotContainKey("MaxSize").containsEntry("MinSize", "3");
        assertThat(group.get("max")).isEqualTo(14);
    }

    @Test
    void throttlingAndAScalingActivityInProgressAreRetriedThenTheRequestGoesThrough() throws Exception {
        aws.then(error(400, "Sender", "Throttling", "Rate exceeded"),
                error(400, "Sender", "ScalingActivityInProgress", "Scaling activity 1a2b is in progress"));

        calls.setDesired(6, request());

        assertThat(updates()).hasSize(1);
        assertThat(group.get("desired")).isEqualTo(6);
        assertThat(aws.received()).hasSize(4); // throttled describe, describe, refused update, update
    }

    @Test
    void throttlingThatLastsFailsAfterFourAttemptsWithTheCodeInWords() {
        aws.then(error(400, "Sender", "Throttling", "Rate exceeded"), error(400, "Sender", "Throttling", "Rate exceeded"),
                error(400, "Sender", "Throttling", "Rate exceeded"), error(400, "Sender", "Throttling", "Rate exceeded"));

        assertThatThrownBy(() -> calls.setDesired(6, request())).isInstanceOf(ProviderException.class)
                .hasMessageContaining("Throttling").hasMessageContaining("Rate exceeded")
                .hasMessageContaining("after 4 attempts");
        assertThat(updates()).isEmpty();
    }

    @Test
    void anUnknownGroupAndRefusedCredentialsAreNotRetriedAndSayWhatToCheck() {
        aws.byDefault(r -> Answer.of(200, "<DescribeAutoScalingGroupsResponse xmlns=\"" + NS + "\">"
                + "<DescribeAutoScalingGroupsResult><AutoScalingGroups/></DescribeAutoScalingGroupsResult>"
                + "<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></DescribeAutoScalingGroupsResponse>"));
        assertThatThrownBy(calls::state).hasMessageContaining("cuedeck-live was not found").hasMessageContaining("CUEDECK_ASG_NAME");
        assertThat(aws.received()).hasSize(1);

        aws.byDefault(r -> error(403, "Sender", "AccessDenied", "User is not authorized to perform: "
                + "autoscaling:UpdateAutoScalingGroup"));
        assertThatThrownBy(calls::state).hasMessageContaining("IAM");
        assertThat(aws.received()).hasSize(2);
    }

    @Test
    void aServerErrorIsRetriedAndAValidationErrorIsNot() throws Exception {
        aws.then(error(500, "Receiver", "InternalFailure", "We encountered an internal error"));
        assertThat(calls.state().desired()).isEqualTo(1);

        aws.then(answerNow(), error(400, "Sender", "ValidationError", "Desired capacity:60 must be between the specified min size:1 and max size:50"));
        assertThatThrownBy(() -> calls.setDesired(60, request())).hasMessageContaining("ValidationError")
                .hasMessageNotContaining("after");
    }

    private Answer answerNow() {
        return fake.answer(new Received("POST", "/", Map.of(), "Action=DescribeAutoScalingGroups"));
    }

    private static CapacityProvider.DesiredRequest request() {
        return new CapacityProvider.DesiredRequest("a1", "b1", "Evening news", Instant.now());
    }
}
