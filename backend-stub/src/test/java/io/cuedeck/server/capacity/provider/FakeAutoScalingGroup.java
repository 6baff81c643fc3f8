package io.cuedeck.server.capacity.provider;

import io.cuedeck.server.capacity.provider.LoopbackReceiver.Answer;
import io.cuedeck.server.capacity.provider.LoopbackReceiver.Received;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The AutoScaling Query API of one group, as a {@link LoopbackReceiver} answer: reads the form
 * requests (Action, AutoScalingGroupName, MinSize, DesiredCapacity, MaxSize) and answers XML shaped
 * as AWS answers. Of its instances the first two are InService (the second Unhealthy), the rest Pending.
 */
public final class FakeAutoScalingGroup {

    static final String NS = "http://autoscaling.amazonaws.com/doc/2011-01-01/";

    /** min, max and desired, as the last update left them. */
    public final Map<String, Integer> sizes = new ConcurrentHashMap<>(Map.of("min", 1, "max", 10, "desired", 1));

    /** A tiny Auto Scaling group: describe answers its sizes and instances, update changes them. */
    public Answer answer(Received r) {
        Map<String, String> q = form(r.body());
        if (q.get("Action").equals("UpdateAutoScalingGroup")) {
            sizes.put("min", Integer.parseInt(q.get("MinSize")));
            sizes.put("desired", Integer.parseInt(q.get("DesiredCapacity")));
            if (q.containsKey("MaxSize")) {
                sizes.put("max", Integer.parseInt(q.get("MaxSize")));
            }
            return Answer.of(200, "<UpdateAutoScalingGroupResponse xmlns=\"" + NS + "\"><ResponseMetadata>"
                    + "<RequestId>7c6e177f-4b5c-11e1-b1d6-2f8f5d3b1a9e</RequestId></ResponseMetadata>"
                    + "</UpdateAutoScalingGroupResponse>");
        }
        StringBuilder instances = new StringBuilder();
        for (int i = 0; i < sizes.get("desired"); i++) {
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
                + "<MinSize>" + sizes.get("min") + "</MinSize><MaxSize>" + sizes.get("max") + "</MaxSize>"
                + "<DesiredCapacity>" + sizes.get("desired") + "</DesiredCapacity><DefaultCooldown>300</DefaultCooldown>"
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


    public static Map<String, String> form(String body) {
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
}
