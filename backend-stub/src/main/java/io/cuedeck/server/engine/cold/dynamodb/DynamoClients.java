package io.cuedeck.server.engine.cold.dynamodb;

import io.cuedeck.server.engine.EngineUnavailableException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.regions.providers.SystemSettingsRegionProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Builds the SDK client. Region and credentials come from the SDK's default chains; for an
 * endpoint on this machine (DynamoDB Local) the chains skip the instance-metadata service, so a
 * local run never reaches for 169.254.169.254, and the region defaults to us-east-1. The SDK's own
 * retries are off: {@link DynamoCalls} retries, in one place, and counts every attempt.
 */
final class DynamoClients {

    private DynamoClients() {
    }

    static DynamoDbClient create(DynamoConfig config) {
        boolean local = config.endpoint() != null && isLoopback(config.endpoint());
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64)
                        .connectionTimeout(Duration.ofSeconds(2)).socketTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(Duration.ofSeconds(5)).apiCallTimeout(Duration.ofSeconds(10)))
                .region(region(config, local))
                .credentialsProvider(credentials(local));
        if (config.endpoint() != null) {
            builder.endpointOverride(config.endpoint());
        }
        return builder.build();
    }

    private static Region region(DynamoConfig config, boolean local) {
        try {
            if (local) {
                return new AwsRegionProviderChain(new SystemSettingsRegionProvider(), new AwsProfileRegionProvider())
                        .getRegion();
            }
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (RuntimeException e) {
            if (config.endpoint() != null) {
                return Region.US_EAST_1;
            }
            throw new EngineUnavailableException("no AWS region for DynamoDB: set AWS_REGION (or a profile's region)", e);
        }
    }

    private static AwsCredentialsProvider credentials(boolean local) {
        if (local) {
            return AwsCredentialsProviderChain.of(SystemPropertyCredentialsProvider.create(),
                    EnvironmentVariableCredentialsProvider.create(), ProfileCredentialsProvider.create());
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static boolean isLoopback(URI endpoint) {
        try {
            return InetAddress.getByName(endpoint.getHost()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
