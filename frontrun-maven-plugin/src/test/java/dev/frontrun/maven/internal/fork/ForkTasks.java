package dev.frontrun.maven.internal.fork;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.frontrun.internal.fork.ForkConfiguration;
import dev.frontrun.internal.fork.ForkTask;

/** The tasks the fork tests run in real forked JVMs. */
final class ForkTasks {

    private ForkTasks() {
    }

    /** Completes: echoes an entry, a system property and its wall-clock interval. */
    public static final class Echo implements ForkTask {
        @Override
        public Map<String, String> run(ForkConfiguration configuration) throws Exception {
            long start = System.currentTimeMillis();
            Thread.sleep(Long.parseLong(configuration.entries().getOrDefault("sleepMillis", "0")));
            System.out.println("echo task running for " + configuration.id());
            return Map.of("echo", configuration.entry("message"),
                    "property", String.valueOf(System.getProperty("frontrun.test.property")),
                    "jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                    "start", Long.toString(start), "end", Long.toString(System.currentTimeMillis()));
        }
    }

    /** Never ends by itself; starts a child process first, to prove that the whole tree is killed. */
    public static final class Hang implements ForkTask {
        @Override
        public Map<String, String> run(ForkConfiguration configuration) throws Exception {
            Process child = new ProcessBuilder("sleep", "600").start();
            Files.writeString(Path.of(configuration.entry("childPidFile")), Long.toString(child.pid()));
            System.out.println("hang task waiting forever");
            Thread.sleep(Long.MAX_VALUE);
            return Map.of();
        }
    }

    /** Kills its own JVM with exit code 42, as a VM crash or a stray System.exit would. */
    public static final class Crash implements ForkTask {
        @Override
        public Map<String, String> run(ForkConfiguration configuration) {
            System.out.println("crash task about to halt");
            System.out.flush();
            Runtime.getRuntime().halt(42);
            return Map.of();
        }
    }

    /** Throws: a harness error with the stack trace. */
    public static final class Fail implements ForkTask {
        @Override
        public Map<String, String> run(ForkConfiguration configuration) {
            throw new IllegalStateException("boom from the fork task");
        }
    }

    /** Reports what the agent saw (needs the runtime jar as -javaagent). */
    public static final class AgentProbe implements ForkTask {
        @Override
        public Map<String, String> run(ForkConfiguration configuration) {
            return Map.of("installed", Boolean.toString(dev.frontrun.internal.agent.Agents.installed()),
                    "dynamic", Boolean.toString(dev.frontrun.internal.agent.Agents.dynamic()),
                    "options", String.valueOf(dev.frontrun.internal.agent.Agents.options()));
        }
    }
}
