package dev.frontrun.maven.internal.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** frontrun.shard=K/N: every scenario in exactly one shard, by its class name alone; bad input says what to write. */
class ShardTest {

    private static final List<String> NAMES = IntStream.range(0, 200).mapToObj(i -> "com.acme.s" + i + ".Scenario" + i)
            .toList();

    @Test
    void nShardsCoverEveryScenarioExactlyOnceWhateverTheOrder() {
        for (int n = 1; n <= 5; n++) {
            List<String> shuffled = new ArrayList<>(NAMES);
            Collections.shuffle(shuffled, new java.util.Random(n));
            List<String> union = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                List<String> part = Shard.parse(k + "/" + n).select(shuffled);
                assertEquals(Shard.parse(k + "/" + n).select(NAMES).stream().sorted().toList(),
                        part.stream().sorted().toList(), "the discovery order does not matter");
                assertFalse(n > 1 && part.size() == NAMES.size(), "shard " + k + "/" + n + " took every scenario");
                union.addAll(part);
            }
            assertEquals(NAMES.stream().sorted().toList(), union.stream().sorted().toList(), n + " shards");
        }
    }

    @Test
    void theShardOfAClassIsItsNamesCrc32ModuloN() {
        // pinned: CRC-32 of the UTF-8 name is the same on every JVM; a change here would move scenarios between CI
        // machines mid-upgrade (values from zlib.crc32)
        assertTrue(Shard.parse("1/2").contains("sample.AtomicCounterScenario")); // 953891044 % 2 == 0
        assertTrue(Shard.parse("2/2").contains("sample.LostUpdateScenario")); // 3260771863 % 2 == 1
        assertTrue(Shard.parse("3/3").contains("shards.LockedCounterScenario")); // 3112837712 % 3 == 2
        assertTrue(Shard.parse(null).all() && Shard.parse(" ").all() && Shard.parse("1/1").all());
        assertEquals("2/3", Shard.parse(" 2 / 3 ").toString());
    }

    @Test
    void badInputNamesTheFix() {
        for (String bad : List.of("3/2", "0/2", "x", "1/0", "2", "1/2/3", "-1/2", "a/b")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("Bad frontrun.shard '" + bad + "'"), e.getMessage());
            assertTrue(e.getMessage().contains("K/N") && e.getMessage().contains("1/"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.parse("3/2")).getMessage()
                .contains("use 1/2 to 2/2"));
    }
}
