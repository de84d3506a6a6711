package dev.frontrun.maven.internal.db;

import java.time.Duration;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;

/**
 * Creates docker-java clients (httpclient5 transport) for DOCKER_HOST or an explicit engine, with timeouts.
 *
 * <p>docker-java and httpclient5 log through SLF4J, which in a Maven build is Maven's own console: a probe of an
 * engine that is not there ({@code recoverable I/O exception ... localhost:2375}) and callbacks closed on purpose
 * ({@code Error during callback}) would print INFO and ERROR lines into builds that succeed. frontrun reports what
 * went wrong itself, so their loggers are quieted before the first is created (Maven's SLF4J provider reads
 * {@code org.slf4j.simpleLogger.log.<logger>} system properties when it creates a logger); a value the user set wins.
 */
final class DockerClients {

    private static final String[][] QUIET = {
        {"com.github.dockerjava", "off"},
        {"org.apache.hc.client5", "warn"},
        {"org.apache.hc.core5", "warn"},
    };

    static {
        for (String[] logger : QUIET) {
            String key = "org.slf4j.simpleLogger.log." + logger[0];
            if (System.getProperty(key) == null) {
                System.setProperty(key, logger[1]);
            }
        }
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
