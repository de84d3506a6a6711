package dev.frontrun.maven.internal.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkMain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fork exits by itself when the JVM that launched it is gone: its stdin closes or its parent pid ends. */
class OrphanedForkTest {

    @TempDir
    Path dir;

    private Process startHangingFork(long parentPid, boolean watchStdin) throws Exception {
        Path conf = dir.resolve("orphan.fork.conf");
        new ForkConfiguration("orphan", ForkTasks.Echo.class.getName(), parentPid, watchStdin, dir.resolve("r"),
                Map.of("message", "never returned", "sleepMillis", "600000")).write(conf);
        String classPath = ForkClassPath.locationOf(ForkMain.class) + File.pathSeparator
                + ForkClassPath.locationOf(ForkTasks.class);
        return new ProcessBuilder(JavaExecutable.resolve(null).toString(), "-cp", classPath, ForkMain.class.getName(),
                conf.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("orphan.log").toFile()).start();
    }

    @Test
    void exitsWhenStdinCloses() throws Exception {
        Process fork = startHangingFork(-1, true);
        try {
            Thread.sleep(1500);
            assertTrue(fork.isAlive(), "the fork waits while its parent keeps stdin open");
            fork.getOutputStream().close();
            assertTrue(fork.waitFor(15, TimeUnit.SECONDS), "the fork must exit after stdin closes");
            assertEquals(97, fork.exitValue());
        } finally {
            ProcessTrees.kill(fork);
        }
    }

    @Test
    void exitsWhenTheParentPidEnds() throws Exception {
        Process parent = new ProcessBuilder(List.of("sleep", "600")).start();
        Process fork = startHangingFork(parent.pid(), false);
        try {
            Thread.sleep(1500);
            assertTrue(fork.isAlive(), "the fork waits while its parent lives");
            parent.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            assertTrue(fork.waitFor(15, TimeUnit.SECONDS), "the fork must exit after its parent ends");
            assertEquals(97, fork.exitValue());
        } finally {
            ProcessTrees.kill(fork);
            parent.destroyForcibly();
        }
    }
}
