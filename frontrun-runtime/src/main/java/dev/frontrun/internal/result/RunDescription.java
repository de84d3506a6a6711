package dev.frontrun.internal.result;

/**
 * The run as a whole, saved beside the scenario results ({@link ResultFiles#RUN_FILE}); every fact may be absent.
 *
 * @param seed the seed
 * @param strategies the strategies that ran, comma-separated
 * @param started when the run started (ISO-8601 instant)
 * @param databaseProvider how PostgreSQL was provided, {@code none} without a database
 * @param databaseVersion the PostgreSQL server version
 * @param shard the CI shard this run was ({@code K/N}), null for a run of every scenario
 */
public record RunDescription(Long seed, String strategies, String started, String databaseProvider,
        String databaseVersion, String shard) {

    /** Nothing known (no run file). */
    public static final RunDescription NONE = new RunDescription(null, null, null, null, null, null);

    /**
     * @param provider how PostgreSQL was provided
     * @param version its server version, or null
     * @return this description with its database
     */
    public RunDescription withDatabase(String provider, String version) {
        return new RunDescription(seed, strategies, started, provider, version, shard);
    }

    /**
     * @param value the CI shard, {@code K/N}, or null for the whole run
     * @return this description with its shard
     */
    public RunDescription withShard(String value) {
        return new RunDescription(seed, strategies, started, databaseProvider, databaseVersion, value);
    }
}
