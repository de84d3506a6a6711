package dev.frontrun.maven.internal.fork;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The forks running in this JVM; a shutdown hook kills them if Maven exits (Ctrl-C, SIGTERM) while they run. When
 * Maven is killed outright, the forks notice the end of their stdin and exit by themselves.
 */
final class LiveForks {

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        // linked now, not at exit: by then Maven may have closed the plugin's class realm (NoClassDefFoundError)
        Consumer<Process> kill = ProcessTrees::kill;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(kill), "frontrun-kill-forks"));
    }

    private LiveForks() {
    }

    static void add(Process process) {
        RUNNING.add(process);
    }

    static void remove(Process process) {
        RUNNING.remove(process);
    }
}
