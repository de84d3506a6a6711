package dev.frontrun.maven.internal.explore;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * One of {@code count} CI shards ({@code frontrun.shard=index/count}, index from 1): the scenarios whose fully
 * qualified class name has a CRC-32 (of its UTF-8 bytes) equal to {@code index - 1} modulo {@code count}. The choice
 * depends on the class name alone, never on the discovery order, the other scenarios or the JVM, so N machines given
 * {@code 1/N} to {@code N/N} run every scenario exactly once.
 *
 * @param index which shard, from 1
 * @param count how many shards
 */
public record Shard(int index, int count) {

    /** The whole run: every scenario. */
    public static final Shard ALL = new Shard(1, 1);

    /** Checks the bounds. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist");
        }
    }

    /**
     * @param text {@code K/N} with {@code 1 <= K <= N}, or null or blank for the whole run
     * @return the shard
     * @throws IllegalArgumentException when the text is not a shard (the message says what to write instead)
     */
    public static Shard parse(String text) {
        if (text == null || text.isBlank()) {
            return ALL;
        }
        String t = text.strip();
        int slash = t.indexOf('/');
        int index;
        int count;
        try {
            if (slash < 0) {
                throw new NumberFormatException();
            }
            index = Integer.parseInt(t.substring(0, slash).strip());
            count = Integer.parseInt(t.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bad frontrun.shard '" + text + "': write K/N, this machine's shard K"
                    + " of N, counted from 1 (e.g. -Dfrontrun.shard=1/2 and -Dfrontrun.shard=2/2 on two machines).");
        }
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("Bad frontrun.shard '" + text + "': K/N needs 1 <= K <= N (shards are"
                    + " counted from 1); with " + Math.max(count, 1) + " shard(s) use 1/" + Math.max(count, 1)
                    + " to " + Math.max(count, 1) + "/" + Math.max(count, 1) + ".");
        }
        return new Shard(index, count);
    }

    /** @return whether this is the whole run (no sharding) */
    public boolean all() {
        return count == 1;
    }

    /**
     * @param className a scenario's fully qualified class name
     * @return whether it belongs to this shard
     */
    public boolean contains(String className) {
        CRC32 crc = new CRC32();
        crc.update(className.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    /**
     * @param scenarios scenario class names
     * @return those of this shard, in the given order
     */
    public List<String> select(List<String> scenarios) {
        return scenarios.stream().filter(this::contains).toList();
    }

    /** @return {@code K/N} */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
