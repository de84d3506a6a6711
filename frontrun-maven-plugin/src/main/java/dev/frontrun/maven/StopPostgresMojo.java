package dev.frontrun.maven;

import java.util.Map;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

import dev.frontrun.maven.internal.db.PostgresProvider;

/** Stops the PostgreSQL that {@code start-postgres} started for the tests (and removes its container or files). */
@Mojo(name = "stop-postgres", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class StopPostgresMojo extends AbstractMojo {

    @Override
    public void execute() {
        @SuppressWarnings("unchecked")
        Map<Object, Object> context = getPluginContext();
        Object provider = context == null ? null : context.remove(StartPostgresMojo.CONTEXT_KEY);
        if (provider == null) {
            getLog().info("frontrun: no PostgreSQL to stop (start-postgres did not run in this build).");
            return;
        }
        close((PostgresProvider) provider);
        getLog().info("frontrun: PostgreSQL for the tests stopped.");
    }

    static void close(PostgresProvider provider) {
        try {
            provider.close();
        } catch (Exception e) {
            System.err.println("frontrun: could not stop PostgreSQL: " + e.getMessage());
        }
    }
}
