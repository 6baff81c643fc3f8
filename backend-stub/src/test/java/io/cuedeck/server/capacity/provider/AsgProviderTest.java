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
    private final Map<String, Integer> group = new HashMap<>(Map.of("min", 1, "max", 10, "desired", 1));

    AsgProviderTest() {
        aws.byDefault(this::answer);
    }

    @AfterEach
    void close() {
        client.close();
        aws.close();
    }

    /** A tiny Auto Scaling group: describe answers its sizes and instances, update changes them. */
    private Answer answer(Received r) {
        Map<String, String> q = form(r.body());
        if (q.get("Action").equals("UpdateAutoScalingGroup")) {
            group.put("min", Integer.parseInt(q.get("MinSize")));
            group.put("desired", Integer.parseInt(q.get("DesiredCapacity")));
            if (q.containsKey("MaxSize")) {
                group.put("max", Integer.parseInt(q.get("MaxSize")));
            }
            return Answer.of(200, "<UpdateAutoScalingGroupResponse xmlns=\"" + NS + "\"><ResponseMetadata>"
                    + "<RequestId>7c6e177f-4b5c-11e1-b1d6-2f8f5d3b1a9e</RequestId></ResponseMetadata>"
                    + "</UpdateAutoScalingGroupResponse>");
        }
        StringBuilder instances = new StringBuilder();
        for (int i = 0; i < group.get("desired"); i++) {
            String state = i < 2 ? "InService" : "Pending";
            String health = i == 1 ? "Unhealthy" : "Healthy";
            instances.append("<member><InstanceId>i-0").append(i).append("</InstanceId><InstanceType>c7g.large</InstanceType>"
                    + "<AvailabilityZone>eu-west-1a</AvailabilityZone><LifecycleState>").append(state)
                    .append("</LifecycleState><HealthStatus>").append(health).append("</HealthStatus>"
                    + "<LaunchTemplate><LaunchTemplateId>lt-0abc</LaunchTemplateId><LaunchTemplateName>cuedeck</LaunchTemplateName>"
                    + "<Version>3</Version></LaunchTemplate><ProtectedFromScaleIn>false</ProtectedFromScaleIn></member>");
        }
        return Answer.of(200, "<DescribeAutoScalingGroupsResponse xmlns=\"" + NS + "\"><DescribeAutoScalingGroupsResult>"
                + "<AutoScalingGroups><member><AutoScalingGroupName>cuedeck-live</AutoScalingGroupName>"
                + "<AutoScalingGroupARN>arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:1a2b:autoScalingGroupName/cuedeck-live</AutoScalingGroupARN>"
                + "<MinSize>" + group.get("min") + "</MinSize><MaxSize>" + group.get("max") + "</MaxSize>"
                + "<DesiredCapacity>" + group.get("desired") + "</DesiredCapacity><DefaultCooldown>300</DefaultCooldown>"
                + "<AvailabilityZones><member>eu-west-1a</member></AvailabilityZones><LoadBalancerNames/>"
                + "<HealthCheckType>ELB</HealthCheckType><HealthCheckGracePeriod>120</HealthCheckGracePeriod>"
                + "<Instances>" + instances + "</Instances><CreatedTime>2026-01-10T09:00:00.000Z</CreatedTime>"
                + "<SuspendedProcesses/><VPCZoneIdentifier>subnet-0a</VPCZoneIdentifier><EnabledMetrics/>"
                + "<TerminationPolicies><member>Default</member></TerminationPolicies>"
                + "<NewInstancesProtectedFromScaleIn>false</NewInstancesProtectedFromScaleIn></member>"
                + "</AutoScalingGroups></DescribeAutoScalingGroupsResult><ResponseMetadata>"
                + "<RequestId>8d0f1f2a-4b5c-11e1-b1d6-2f8f5d3b1a9e</RequestId></ResponseMetadata>"
                + "</DescribeAutoScalingGroupsResponse>");
    }

    private static Answer error(int status, String type, String code, String message) {
        return Answer.of(status, "<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>" + type + "</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error><RequestId>9e1f-4b5c</RequestId></ErrorResponse>");
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
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
        return answer(new Received("POST", "/", Map.of(), "Action=DescribeAutoScalingGroups"));
    }

    private static CapacityProvider.DesiredRequest request() {
        return new CapacityProvider.DesiredRequest("a1", "b1", "Evening news", Instant.now());
    }
}
