package dev.frontrun.maven.internal.db;

/**
 * Keeps the libraries' own logging out of the build log. docker-java, httpclient5 and zonky's embedded PostgreSQL log
 * through SLF4J, which in a Maven build is Maven's console: a probe of an engine that is not there
 * ({@code recoverable I/O exception ... localhost:2375}), callbacks closed on purpose ({@code Error during callback})
 * and the server's start and stop lines would print INFO and ERROR lines into builds that succeed. frontrun reports
 * what went wrong itself. Maven's SLF4J provider reads {@code org.slf4j.simpleLogger.log.<logger>} system properties
 * when it creates a logger, so they are set before the first of these classes is used; a value the user set wins.
 */
final class QuietLoggers {

    private static final String[][] LEVELS = {
        {"com.github.dockerjava", "off"},
        {"org.apache.hc.client5", "warn"},
        {"org.apache.hc.core5", "warn"},
        {"io.zonky.test.db.postgres", "warn"},
    };

    static {
        for (String[] logger : LEVELS) {
            String key = "org.slf4j.simpleLogger.log." + logger[0];
            if (System.getProperty(key) == null) {
                System.setProperty(key, logger[1]);
            }
        }
    }

    private QuietLoggers() {
    }

    /** Sets the levels (once, when this class is initialised). */
    static void apply() {
        // the static initialiser did it
    }
}
