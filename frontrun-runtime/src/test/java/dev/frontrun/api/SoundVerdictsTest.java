package dev.frontrun.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/** What a verdict promises: scope per exploration, bounds stated, and no certificate for what was not observed. */
class SoundVerdictsTest {

    static final class Counter {
        int value;
        final Object lock = new Object();
    }

    /** Loads {@code LibCounter} from a jar: a library class, observed unless an exploration excludes it. */
    private static Runnable libraryCounter(Path dir) throws Exception {
        Path jar = dir.resolve("lib.jar");
        if (!Files.exists(jar)) {
            String name = "dev/frontrun/libfixture/LibCounter.class";
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                    InputStream in = SoundVerdictsTest.class.getClassLoader().getResourceAsStream(name)) {
                j.putNextEntry(new JarEntry(name));
                in.transferTo(j);
                j.closeEntry();
            }
        }
        ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        return (Runnable) loader.loadClass("dev.frontrun.libfixture.LibCounter").getDeclaredConstructor()
                .newInstance();
    }

    private static ExplorationResult libraryRace(Path dir, boolean observed) {
        var b = Frontrun.explore(() -> {
            try {
                return libraryCounter(dir);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })
                .worker(Runnable::run)
                .worker(c -> c.run())
                .invariant(c -> c.toString().equals("2"))
                .strategy(Strategy.dpor());
        if (!observed) {
            b.exclude("dev.frontrun.libfixture.*");
        }
        return b.run();
    }

    @Test
    void whatAnExplorationObservesDoesNotDependOnTheExplorationsBeforeIt(@TempDir Path dir) {
        ExplorationResult before = libraryRace(dir, false);
        ExplorationResult included = libraryRace(dir, true);
        ExplorationResult after = libraryRace(dir, false);

        assertEquals(Verdict.VIOLATED, included.verdict(), included.report());
        assertTrue(included.report().contains("LibCounter.value"), included.report());
        // the library class stays instrumented in the JVM, but an exploration that excludes it ignores it
        assertEquals(Verdict.INCONCLUSIVE, before.verdict(), before.report());
        assertEquals(before.verdict(), after.verdict(), after.report());
        assertEquals(before.executions(), after.executions(), after.report());
        assertTrue(after.report().contains("no shared state observed"), after.report());
    }

    @Test
    void includingJdkClassesIsAnErrorThatNamesTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Frontrun
                .explore(Counter::new).worker(c -> c.value++).include("java.util.HashMap*").run());
        assertTrue(e.getMessage().contains("java.util.HashMap*"), e.getMessage());
        assertTrue(e.getMessage().contains("already scheduling points"), e.getMessage());
    }

    static void lockedIncrement(Counter c) {
        synchronized (c.lock) {
            c.value = c.value + 1;
        }
    }

    @Test
    void dporRunsToTheEndUnlessBoundedAndABoundedRunSaysSo() {
        ExplorationResult full = Frontrun.explore(Counter::new).workers(6, SoundVerdictsTest::lockedIncrement)
                .invariant(c -> c.value == 6).strategy(Strategy.dpor()).run();
        assertEquals(Verdict.HOLDS, full.verdict(), full.report());
        assertTrue(full.exhaustive(), full.report());
        assertEquals(720, full.executions(), full.report());

        ExplorationResult bounded = Frontrun.explore(Counter::new).workers(6, SoundVerdictsTest::lockedIncrement)
                .invariant(c -> c.value == 6).strategy(Strategy.dpor()).maxAttempts(100).run();
        assertEquals(Verdict.HOLDS, bounded.verdict(), bounded.report());
        assertFalse(bounded.exhaustive(), bounded.report());
        String first = bounded.report().lines().findFirst().orElseThrow();
        assertTrue(first.contains("not exhaustive"), first);
    }

    @Test
    void aWorkerWhoseAccessesCannotBeSeenGetsNoCertificate() {
        ExplorationResult r = Frontrun.explore(() -> new ArrayList<>(List.of(1, 2)))
                .worker(List::clear)
                .worker(List::clear)
                .invariant(List::isEmpty)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.report());
        assertTrue(r.report().contains("no shared state observed"), r.report());
    }

    @Test
    void aThreadStartedBeforeTheExplorationRunningTheCodeMakesDporInconclusive() throws Exception {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> new Thread(r, "pool-started-in-advance"));
        pool.prestartAllCoreThreads();
        try {
            ExecutorService shared = pool;
            ExplorationResult r = Frontrun.explore(Counter::new)
                    .worker(c -> {
                        Future<?> f = shared.submit(() -> lockedIncrement(c));
                        try {
                            f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .worker(SoundVerdictsTest::lockedIncrement)
                    .invariant(c -> c.value == 2)
                    .strategy(Strategy.dpor())
                    .run();
            assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r.report());
            assertTrue(r.report().contains("pool-started-in-advance"), r.report());
        } finally {
            pool.shutdownNow();
        }
    }
}
