package dev.frontrun.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.internal.fork.StartupArchive;

/**
 * JVM start to the first execution, side by side: the same JVM and the same two-worker counter program run as plain
 * threads (no agent), with the agent given as {@code -javaagent} alone, with {@code -javaagent} as the Maven plugin
 * starts a scenario JVM ({@code fork}: the agent's bridge on {@code -Xbootclasspath/a} and the class data sharing
 * archive of {@link StartupArchive}, made here once before the runs, the time it took printed), and with the agent
 * self-attached; each in a fresh JVM, in turn, several times. Prints the median of each, the agent's cost above the
 * plain JVM, and the ratio, of the wall time (JVM uptime) and of the process's CPU time (all its threads; steadier on
 * a loaded machine). The agent is the packaged (shaded) jar, as users get it. The agent JVMs share a JDK class cache
 * of the benchmark's own, empty at the start: the first (uncounted) round fills it, and its {@code -javaagent} figure
 * is printed apart as the cost of a JVM that finds the cache empty. {@code -Dfrontrun.startupTimes=true} is passed
 * to the agent runs, whose breakdown of the agent's installation is printed for the last run. Run with
 * {@code mvn -B -pl frontrun-runtime -Pbench-startup -DskipTests package}.
 */
public final class StartupBenchmark {

    static final class Counter {
        int count;

        void increment() {
            count = count + 1;
        }
    }

    /** The benchmark's own JDK class cache, emptied at its start. */
    private static final Path CACHE = Path.of("target", "startup-benchmark-jdk-classes").toAbsolutePath();
    /** Where the fork mode's boot jar and archive are made, emptied at the start. */
    private static final Path STARTUP = Path.of("target", "startup-benchmark-archive").toAbsolutePath();

    private StartupBenchmark() {
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * @param args {@code probe MODE} in a child JVM; otherwise the agent jar and the number of runs of each mode
     * @throws Exception when a child JVM cannot run
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("probe")) {
            probe(args[1]);
            return;
        }
        Path agent = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        deleteTree(CACHE);
        deleteTree(STARTUP);
        long start = System.nanoTime();
        StartupArchive startup = StartupArchive.prepare(Path.of(System.getProperty("java.home"), "bin", "java"),
                agent, STARTUP, List.of("-D" + CACHE_PROPERTY + "=" + CACHE), System.out::println);
        long training = (System.nanoTime() - start) / 1_000_000;
        List<String> modes = List.of("plain", "javaagent", "fork", "attach");
        long[][] millis = new long[modes.size()][runs];
        long[][] cpu = new long[modes.size()][runs];
        String[] breakdown = new String[modes.size()];
        String[] cold = null;
        for (int run = -1; run < runs; run++) { // run -1 warms the file cache and fills the JDK class cache
            for (int m = 0; m < modes.size(); m++) {
                String[] out = child(modes.get(m), agent, startup);
                if (run >= 0) {
                    millis[m][run] = Long.parseLong(out[0]);
                    cpu[m][run] = Long.parseLong(out[2]);
                    breakdown[m] = out[1];
                } else if (m == 1) {
                    cold = out;
                }
            }
        }
        System.out.printf("%s %s, JVM start to first execution, median of %d runs each (min-max):%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), runs);
        print("wall", modes, millis);
        print("cpu", modes, cpu);
        System.out.printf("  (javaagent with an empty JDK class cache, once: wall %s ms, cpu %s ms)%n", cold[0],
                cold[2]);
        System.out.printf("  (fork: %s, made once in %d ms)%n", startup.archive() == null
                ? "no class data sharing archive, the boot jar only" : "boot jar and class data sharing archive",
                training);
        for (int m = 1; m < modes.size(); m++) {
            System.out.println("  " + modes.get(m) + ": " + breakdown[m]);
        }
        System.out.println("  javaagent, empty JDK class cache: " + cold[1]);
    }

    private static void probe(String mode) {
        Counter counter = new Counter();
        if (mode.equals("plain")) {
            Thread a = new Thread(counter::increment);
            Thread b = new Thread(counter::increment);
            a.start();
            b.start();
            try {
                a.join();
                b.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            ExplorationResult r = Frontrun.explore(Counter::new).worker(Counter::increment)
                    .worker(Counter::increment).maxAttempts(1).run();
            if (r.executions() != 1) {
                throw new IllegalStateException("expected one execution: " + r.report());
            }
        }
        System.out.println("uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " cpu "
                + ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1_000_000);
    }

    private static final String CACHE_PROPERTY = "frontrun.jdkClassCache";

    private static String[] child(String mode, Path agent, StartupArchive startup)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (mode.equals("fork")) {
            command.addAll(startup.jvmArguments());
        }
        if (mode.equals("javaagent") || mode.equals("fork")) {
            command.add("-javaagent:" + agent);
        }
        if (mode.equals("attach")) {
            command.add("-XX:+EnableDynamicAgentLoading");
        }
        if (!mode.equals("plain")) {
            command.add("-Dfrontrun.startupTimes=true");
            command.add("-D" + CACHE_PROPERTY + "=" + CACHE);
        }
        // the agent jar first, as the archive needs; then the probe's own class
        command.addAll(List.of("-cp", agent + java.io.File.pathSeparator + Path.of("target", "test-classes")
                .toAbsolutePath(), StartupBenchmark.class.getName(), "probe", mode));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        String uptime = out.lines().filter(l -> l.startsWith("uptime ")).findFirst()
                .map(l -> l.substring("uptime ".length()).strip()).orElse(null);
        if (p.waitFor() != 0 || uptime == null) {
            throw new IllegalStateException(mode + " run failed (" + command + "):\n" + out);
        }
        String times = out.lines().filter(l -> l.startsWith("frontrun start-up: ")).findFirst()
                .map(l -> l.substring("frontrun start-up: ".length())).orElse("");
        String[] figures = uptime.split(" cpu ");
        return new String[] {figures[0], times, figures[1]};
    }

    /** Prints one figure of every mode: median (min-max), and above the plain JVM with the ratio. */
    private static void print(String figure, List<String> modes, long[][] values) {
        long plain = median(values[0]);
        for (int m = 0; m < modes.size(); m++) {
            long med = median(values[m]);
            long[] sorted = values[m].clone();
            Arrays.sort(sorted);
            System.out.printf("  %-4s %-10s %5d ms (%d-%d)%s%n", figure, modes.get(m), med, sorted[0],
                    sorted[sorted.length - 1], m == 0 ? "" : String.format("  +%d ms above plain, ratio %.2f",
                            med - plain, (double) med / plain));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
