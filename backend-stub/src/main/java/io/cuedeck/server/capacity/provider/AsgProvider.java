package io.cuedeck.server.capacity.provider;

import io.cuedeck.server.capacity.CapacityConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClientBuilder;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup;
import software.amazon.awssdk.services.autoscaling.model.Instance;
import software.amazon.awssdk.services.autoscaling.model.LifecycleState;

/**
 * An AWS Auto Scaling group whose instances are backend nodes ({@code CUEDECK_ASG_NAME}). Asking
 * for N units sets the group's MinSize and DesiredCapacity to N (raising MaxSize to N only when it
 * is lower, never lowering it), so the group's own scale-out policies may add more but not take
 * the boost away. In service means LifecycleState InService; ready means InService and Healthy.
 * While fewer are ready than desired, ready-at is estimated as the last increase plus five minutes
 * (the usual time for an instance to boot and pass its health check). The SDK's own retries are
 * off: {@link ProviderCalls} retries; throttling, a scaling activity in progress, resource
 * contention, 5xx and I/O errors count as retryable.
 */
public final class AsgProvider implements CapacityProvider {

    static final Duration WARMUP_ESTIMATE = Duration.ofMinutes(5);

    private final AutoScalingClient client;
    private final String group;
    private final Clock clock;
    private volatile Instant increasedAt;

    public AsgProvider(AutoScalingClient client, String group, Clock clock) {
        this.client = client;
        this.group = group;
        this.clock = clock;
    }

    /** Region and credentials from the SDK's default chains; {@code CUEDECK_ASG_ENDPOINT} overrides the endpoint. */
    static AsgProvider create(CapacityConfig config) {
        AutoScalingClientBuilder builder = AutoScalingClient.builder();
        configure(builder);
        if (config.asgEndpoint() != null) {
            builder.endpointOverride(config.asgEndpoint());
        }
        try {
            return new AsgProvider(builder.build(), config.asgName(), Clock.systemUTC());
        } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
            throw new io.cuedeck.server.config.ConfigException("CUEDECK_CAPACITY_PROVIDER=aws-asg needs an AWS region "
                    + "(AWS_REGION or a profile's region): " + e.getMessage());
        }
    }

    /** Timeouts and no SDK retries, for every client this provider uses (tests add credentials and region). */
    public static AutoScalingClientBuilder configure(AutoScalingClientBuilder builder) {
        return configure(builder, o -> { });
    }

    /** As {@link #configure(AutoScalingClientBuilder)}, with more client settings (a test's empty profile file). */
    public static AutoScalingClientBuilder configure(AutoScalingClientBuilder builder,
            java.util.function.Consumer<software.amazon.awssdk.core.client.config.ClientOverrideConfiguration.Builder> more) {
        return builder.httpClientBuilder(Apache5HttpClient.builder().maxConnections(4)
                        .connectionTimeout(Duration.ofSeconds(3)).socketTimeout(Duration.ofSeconds(10)))
                .overrideConfiguration(o -> {
                    o.retryStrategy(AwsRetryStrategy.doNotRetry())
                            .apiCallAttemptTimeout(Duration.ofSeconds(10)).apiCallTimeout(Duration.ofSeconds(15));
                    more.accept(o);
                });
    }

    @Override
    public String name() {
        return "aws-asg";
    }

    @Override
    public void setDesired(int units, DesiredRequest request) throws ProviderException {
        AutoScalingGroup current = describe();
        call(() -> client.updateAutoScalingGroup(b -> {
            b.autoScalingGroupName(group).minSize(units).desiredCapacity(units);
            if (current.maxSize() < units) {
                b.maxSize(units);
            }
        }));
        if (units > current.desiredCapacity()) {
            increasedAt = clock.instant();
        }
    }

    @Override
    public ProviderState state() throws ProviderException {
        AutoScalingGroup g = describe();
        List<Instance> instances = g.instances();
        int inService = (int) instances.stream().filter(i -> i.lifecycleState() == LifecycleState.IN_SERVICE).count();
        int ready = (int) instances.stream().filter(i -> i.lifecycleState() == LifecycleState.IN_SERVICE
                && "Healthy".equalsIgnoreCase(i.healthStatus())).count();
        Instant readyAt = null;
        if (ready < g.desiredCapacity()) {
            Instant since = increasedAt == null ? clock.instant() : increasedAt;
            readyAt = since.plus(WARMUP_ESTIMATE);
        }
        return new ProviderState(g.desiredCapacity(), inService, ready, readyAt);
    }

    private AutoScalingGroup describe() throws ProviderException {
        var response = call(() -> client.describeAutoScalingGroups(b -> b.autoScalingGroupNames(group)));
        if (!response.hasAutoScalingGroups() || response.autoScalingGroups().isEmpty()) {
            throw new ProviderException("The Auto Scaling group " + group + " was not found: check CUEDECK_ASG_NAME "
                    + "and the region.", false);
        }
        return response.autoScalingGroups().get(0);
    }

    private interface Request<T> {
        T send();
    }

    private <T> T call(Request<T> request) throws ProviderException {
        try {
            return request.send();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            boolean retryable = e.isThrottlingException() || e.statusCode() >= 500
                    || "ScalingActivityInProgress".equals(code) || "ResourceContention".equals(code);
            if (e.statusCode() == 403 || "AccessDenied".equals(code) || "UnrecognizedClientException".equals(code)
                    || "InvalidClientTokenId".equals(code) || "SignatureDoesNotMatch".equals(code)) {
                throw new ProviderException("AWS refused the credentials for the Auto Scaling group " + group + " ("
                        + code + "): check the IAM policy (docs/operations.md).", false, e);
            }
            throw new ProviderException("AWS Auto Scaling answered " + (code == null ? e.statusCode() : code) + " for "
                    + group + ": " + message, retryable, e);
        } catch (SdkClientException e) {
            throw new ProviderException("AWS Auto Scaling could not be reached for " + group + ": " + e.getMessage(),
                    true, e);
        }
    }
}
