package dev.frontrun.internal.result;

/**
 * Where a scenario ran, as its result file records it; every fact may be absent (null).
 *
 * @param jdk the JDK version
 * @param jvm the JVM's name
 * @param seed the seed every random choice derived from
 * @param frontrunVersion the frontrun version
 * @param databaseProvider how PostgreSQL was provided ({@code embedded}, {@code docker}, {@code external}), or null
 *        without a database
 * @param databaseVersion the PostgreSQL server version
 */
public record Environment(String jdk, String jvm, Long seed, String frontrunVersion, String databaseProvider,
        String databaseVersion) {

    /** Nothing known. */
    public static final Environment NONE = new Environment(null, null, null, null, null, null);

    /**
     * The facts of the running JVM.
     *
     * @param seed the run's seed
     * @param frontrunVersion the frontrun version
     * @return the environment, without a database
     */
    public static Environment ofThisJvm(long seed, String frontrunVersion) {
        return new Environment(System.getProperty("java.version"), System.getProperty("java.vm.name"), seed,
                frontrunVersion, null, null);
    }

    /**
     * @param provider how PostgreSQL was provided
     * @param version its server version
     * @return this environment with a database
     */
    public Environment withDatabase(String provider, String version) {
        return new Environment(jdk, jvm, seed, frontrunVersion, provider, version);
    }
}
