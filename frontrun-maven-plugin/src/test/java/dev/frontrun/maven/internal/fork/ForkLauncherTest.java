package dev.frontrun.maven.internal.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.frontrun.internal.fork.ForkMain;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real forked JVMs: completion, timeout, crash, task failure, parallelism and the agent. */
class ForkLauncherTest {

    @TempDir
    Path dir;

    private ForkSpec.Builder spec() {
        return ForkSpec.builder(dir)
                .classPath(List.of(ForkClassPath.locationOf(ForkMain.class), ForkClassPath.locationOf(ForkTasks.class)))
                .argLine("-Xshare:auto -XX:TieredStopAtLevel=1 '-Dfrontrun.test.property=with space'")
                .timeout(Duration.ofSeconds(60));
    }

    @Test
    void aForkThatCompletesReturnsItsResult() {
        ForkOutcome outcome = new ForkLauncher(spec().systemProperty("frontrun.test.other", "x").build())
                .run(new ForkRequest("echo-1", ForkTasks.Echo.class.getName(), Map.of("message", "hello\nworld = 1")));
        assertEquals(ForkOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals("hello\nworld = 1", outcome.result().entries().get("echo"));
        assertEquals("with space", outcome.result().entries().get("property"));
        assertTrue(outcome.result().entries().get("jvmArgs").contains("-Dfrontrun.test.other=x"));
        assertEquals(0, outcome.exitCode());
        assertTrue(outcome.log().toString().endsWith("echo-1.log"));
        assertTrue(Files.exists(outcome.log()));
    }

    @Test
    void aForkThatHangsIsKilledWithItsChildrenAtTheTimeout() throws Exception {
        Path childPidFile = dir.resolve("child.pid");
        long started = System.nanoTime();
        ForkOutcome outcome = new ForkLauncher(spec().timeout(Duration.ofSeconds(4)).build())
                .run(new ForkRequest("hang", ForkTasks.Hang.class.getName(), Map.of("childPidFile", childPidFile.toString())));
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        assertEquals(ForkOutcome.Status.TIMED_OUT, outcome.status(), outcome.message());
        assertTrue(elapsed < 20_000, "the timeout must not hang: " + elapsed + " ms");
        assertNull(outcome.result());
        long childPid = Long.parseLong(Files.readString(childPidFile).trim());
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (running(childPid) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(running(childPid), "the fork's child process must be killed too");
        String log = Files.readString(outcome.log());
        assertTrue(log.contains("hang task waiting forever"), log);
        assertTrue(log.contains("Full thread dump"), "a thread dump is taken before the kill: " + log);
        assertTrue(outcome.message().contains("did not finish within 4 s"), outcome.message());
        assertTrue(outcome.message().contains("command: "), outcome.message());
    }

    /** Alive and not a zombie: a killed orphan stays a zombie until its new parent (pid 1) reaps it, maybe never. */
    private static boolean running(long pid) throws java.io.IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return true;
        }
        String text = Files.readString(stat);
        return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
    }

    @Test
    void aForkThatCrashesReportsExitCodeCommandAndLog() {
        ForkOutcome outcome = new ForkLauncher(spec().build())
                .run(new ForkRequest("crash", ForkTasks.Crash.class.getName(), Map.of()));
        assertEquals(ForkOutcome.Status.CRASHED, outcome.status(), outcome.message());
        assertEquals(42, outcome.exitCode());
        String message = outcome.message();
        assertTrue(message.contains("exited with code 42"), message);
        assertTrue(message.contains("log: " + dir.resolve("crash.log")), message);
        assertTrue(message.contains("command: " + spec().build().java()), message);
        assertTrue(message.contains(ForkMain.class.getName()), message);
        assertTrue(message.contains("crash task about to halt"), "the log tail is in the message: " + message);
    }

    @Test
    void aTaskThatThrowsIsAHarnessErrorWithItsStackTrace() {
        ForkOutcome outcome = new ForkLauncher(spec().build())
                .run(new ForkRequest("fail", ForkTasks.Fail.class.getName(), Map.of()));
        assertEquals(ForkOutcome.Status.HARNESS_ERROR, outcome.status(), outcome.message());
        assertEquals(ForkMain.EXIT_TASK_FAILED, outcome.exitCode());
        assertTrue(outcome.message().contains("IllegalStateException: boom from the fork task"), outcome.message());
    }

    @Test
    void aJvmThatCannotStartIsAHarnessError() {
        ForkOutcome outcome = new ForkLauncher(spec().argLine("-XX:+NoSuchFrontrunOption").build())
                .run(new ForkRequest("badjvm", ForkTasks.Echo.class.getName(), Map.of("message", "x")));
        assertEquals(ForkOutcome.Status.CRASHED, outcome.status(), outcome.message());
        assertTrue(outcome.message().contains("NoSuchFrontrunOption"), outcome.message());
    }

    @Test
    void forksRunInParallelUpToTheLimitAndKeepTheirOrder() throws Exception {
        List<ForkRequest> requests = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            requests.add(new ForkRequest("p" + i, ForkTasks.Echo.class.getName(),
                    Map.of("message", "m" + i, "sleepMillis", "800")));
        }
        List<String> progress = new ArrayList<>();
        List<ForkOutcome> outcomes = new ForkPool(spec().build(), 2).runAll(requests, o -> progress.add(o.id()));
        assertEquals(4, outcomes.size());
        assertEquals(4, progress.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(ForkOutcome.Status.COMPLETED, outcomes.get(i).status(), outcomes.get(i).message());
            assertEquals("m" + i, outcomes.get(i).result().entries().get("echo"));
        }
        for (ForkOutcome a : outcomes) {
            long start = Long.parseLong(a.result().entries().get("start"));
            long overlapping = outcomes.stream().filter(b -> {
                long s = Long.parseLong(b.result().entries().get("start"));
                long e = Long.parseLong(b.result().entries().get("end"));
                return s <= start && start < e;
            }).count();
            assertTrue(overlapping <= 2, "at most 2 forks at once, saw " + overlapping);
        }
    }

    @Test
    void theAgentJarIsGivenWithJavaagent() {
        Path runtime = ForkClassPath.locationOf(dev.frontrun.internal.agent.FrontrunAgent.class);
        if (!runtime.toString().endsWith(".jar")) {
            System.err.println("[frontrun] SKIPPING agent fork test: frontrun-runtime is a class directory here ("
                    + runtime + "); run 'verify' so that its agent jar exists");
        }
        Assumptions.assumeTrue(runtime.toString().endsWith(".jar"), "frontrun-runtime is not a jar here");
        ForkOutcome outcome = new ForkLauncher(spec().agent(runtime, "seed=7").build())
                .run(new ForkRequest("agent", ForkTasks.AgentProbe.class.getName(), Map.of()));
        assertEquals(ForkOutcome.Status.COMPLETED, outcome.status(), outcome.message());
        assertEquals("true", outcome.result().entries().get("installed"));
        assertEquals("false", outcome.result().entries().get("dynamic"));
        assertEquals("seed=7", outcome.result().entries().get("options"));
        assertTrue(outcome.command().contains("-javaagent:" + runtime + "=seed=7"), outcome.command().toString());
        assertFalse(outcome.command().stream().anyMatch(arg -> arg.startsWith("-cp")), "class path goes in the @argfile");
    }
}
