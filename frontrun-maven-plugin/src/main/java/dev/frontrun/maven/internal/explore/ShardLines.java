package dev.frontrun.maven.internal.explore;

/** The console's words for a sharded run: which shard ran how many of the project's scenarios. */
final class ShardLines {

    private ShardLines() {
    }

    /** @return the tail of the "Found" line: empty for a run of every scenario */
    static String found(Shard shard, int inShard) {
        return shard.all() ? "" : ", " + inShard + " of them in shard " + shard;
    }

    /** @return the line of a shard that got none of the scenarios */
    static String none(Shard shard, int total) {
        return "Shard " + shard + " has none of the " + total + " race scenario(s): the other shards run them"
                + " (a scenario's shard is the CRC-32 of its class name modulo " + shard.count() + ").";
    }

    /** @return the tail of the "Report" line: empty for a run of every scenario */
    static String report(String shard) {
        return shard == null ? "" : " (shard " + shard + "; merge the shards' results with frontrun:report and"
                + " frontrun.resultsDirectories)";
    }
}
