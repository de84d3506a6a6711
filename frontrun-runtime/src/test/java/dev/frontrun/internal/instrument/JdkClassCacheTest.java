package dev.frontrun.internal.instrument;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDK class cache: what one JVM writes the next reads, keyed by the original class file; failures cost nothing. */
class JdkClassCacheTest {

    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        System.clearProperty(JdkClassCache.PROPERTY);
    }

    @Test
    void whatIsWrittenIsReadBackForTheSameOriginalOnly() {
        System.setProperty(JdkClassCache.PROPERTY, dir.toString());
        JdkClassCache first = JdkClassCache.open();
        assertTrue(first.onDisk());
        String original = first.hash(new byte[] {1, 2, 3});
        first.put("java.util.concurrent.Semaphore", original, new byte[] {4, 5});
        first.flush();

        JdkClassCache next = JdkClassCache.open();
        assertTrue(next.knows("java.util.concurrent.Semaphore"));
        assertArrayEquals(new byte[] {4, 5}, next.get("java.util.concurrent.Semaphore", original));
        assertNull(next.get("java.util.concurrent.Semaphore", next.hash(new byte[] {1, 2})), "another original");
        assertFalse(next.knows("java.lang.Thread"));
    }

    @Test
    void offKeepsNothing() {
        System.setProperty(JdkClassCache.PROPERTY, "off");
        JdkClassCache cache = JdkClassCache.open();
        assertFalse(cache.onDisk());
        cache.put("java.lang.Thread", cache.hash(new byte[] {1}), new byte[] {2});
        cache.flush();
    }

    @Test
    void aPlaceThatCannotBeWrittenOnlyCostsTime() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        System.setProperty(JdkClassCache.PROPERTY, file.toString());
        JdkClassCache cache = JdkClassCache.open();
        String original = cache.hash(new byte[] {1});
        cache.put("java.lang.Thread", original, new byte[] {2});
        cache.flush(); // no exception
        assertArrayEquals(new byte[] {2}, cache.get("java.lang.Thread", original), "still known in this JVM");
        assertFalse(JdkClassCache.open().knows("java.lang.Thread"));
    }
}
