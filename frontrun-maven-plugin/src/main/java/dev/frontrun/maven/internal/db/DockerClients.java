package dev.frontrun.maven.internal.db;

import java.time.Duration;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;

/**
 * Creates docker-java clients (httpclient5 transport) for DOCKER_HOST or an explicit engine, with timeouts; their
 * logging is kept out of the build log ({@link QuietLoggers}).
 */
final class DockerClients {

    static {
        QuietLoggers.apply();
    }

    private DockerClients() {
    }

    /**
     * Creates a client.
     *
     * @param dockerHost the engine, or {@code null} for DOCKER_HOST and docker-java's defaults
     * @param connectTimeout how long connecting may take
     * @param responseTimeout how long one response (or a gap in a streamed one) may take
     */
    static DockerClient create(String dockerHost, Duration connectTimeout, Duration responseTimeout) {
        DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerHost != null && !dockerHost.isBlank()) {
            builder.withDockerHost(dockerHost);
        }
        DefaultDockerClientConfig config = builder.build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(16)
                .connectionTimeout(connectTimeout)
                .responseTimeout(responseTimeout)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /** The engine address a client for {@code dockerHost} would use, for messages. */
    static String describe(String dockerHost) {
        try {
            DefaultDockerClientConfig.Builder builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
            if (dockerHost != null && !dockerHost.isBlank()) {
                builder.withDockerHost(dockerHost);
            }
            return builder.build().getDockerHost().toString();
        } catch (RuntimeException e) {
            return String.valueOf(dockerHost);
        }
    }
}
