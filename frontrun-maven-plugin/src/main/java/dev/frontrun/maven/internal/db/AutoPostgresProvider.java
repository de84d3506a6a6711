package dev.frontrun.maven.internal.db;

import java.util.function.Consumer;

/**
 * Docker when an engine answers a cheap ping within {@link PostgresSettings#probeTimeout()}, else embedded; it says
 * which and why ({@link #decision()}, and a log line). When Docker answers but cannot run Postgres (image missing and
 * not pullable, container not ready), it falls back to embedded and says so, never silently.
 */
public final class AutoPostgresProvider implements PostgresProvider {

    private final PostgresSettings settings;
    private final Consumer<String> log;
    private PostgresProvider chosen;
    private String decision = "not started";

    /**
     * Creates the provider; nothing is probed before {@link #start()}.
     *
     * @param settings settings for both candidates
     * @param log where progress lines and the decision go
     */
    public AutoPostgresProvider(PostgresSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
    }

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public synchronized PostgresEndpoint start() throws DatabaseException {
        if (chosen != null) {
            return chosen.endpoint();
        }
        DockerProbe.Result probe = DockerProbe.probe(settings.dockerHost(), settings.probeTimeout());
        if (probe.available()) {
            DockerPostgresProvider docker = new DockerPostgresProvider(settings, log);
            try {
                PostgresEndpoint endpoint = docker.start();
                chosen = docker;
                decision("docker: the Docker engine at " + probe.host() + " answered (" + probe.detail() + ")");
                return endpoint;
            } catch (DatabaseException e) {
                docker.close();
                decision("embedded: the Docker engine at " + probe.host() + " answered but could not run PostgreSQL ("
                        + firstLine(e.getMessage()) + ")");
            }
        } else {
            decision("embedded: no Docker engine answered at " + probe.host() + " (" + probe.detail() + ")");
        }
        EmbeddedPostgresProvider embedded = new EmbeddedPostgresProvider(settings, log);
        PostgresEndpoint endpoint = embedded.start();
        chosen = embedded;
        return endpoint;
    }

    private void decision(String text) {
        decision = text;
        log.accept("frontrun: frontrun.database=auto chose " + text);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * Says which provider was chosen and why.
     *
     * @return e.g. {@code embedded: no Docker engine answered at unix:///var/run/docker.sock (...)}
     */
    public synchronized String decision() {
        return decision;
    }

    /**
     * Returns the provider that {@link #start()} chose.
     *
     * @return {@code docker} or {@code embedded}
     * @throws IllegalStateException before a successful start
     */
    public synchronized PostgresProvider chosen() {
        if (chosen == null) {
            throw new IllegalStateException("auto has not chosen a provider yet");
        }
        return chosen;
    }

    @Override
    public synchronized PostgresEndpoint endpoint() {
        return chosen().endpoint();
    }

    @Override
    public PostgresEndpoint createDatabase(String name) throws DatabaseException {
        return chosen().createDatabase(name);
    }

    @Override
    public synchronized void close() {
        if (chosen != null) {
            chosen.close();
            chosen = null;
        }
    }
}
