package dev.frontrun.internal.fork;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fork's main class: {@code java ... ForkMain <configuration file>}. Reads the configuration, watches the parent,
 * runs the task, writes the result, and exits: 0 when the task completed, {@link #EXIT_TASK_FAILED} when it threw
 * (the result holds the stack trace), {@link #EXIT_BAD_CONFIGURATION} when the configuration is unusable,
 * {@link ParentWatch#EXIT_ORPHANED} when the parent died.
 */
public final class ForkMain {

    /** The exit code when the task threw; the result file says why. */
    public static final int EXIT_TASK_FAILED = 1;
    /** The exit code when the configuration file is missing or unreadable; stderr says why. */
    public static final int EXIT_BAD_CONFIGURATION = 2;

    private ForkMain() {
    }

    /**
     * Runs one fork.
     *
     * @param args one argument: the configuration file
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: java " + ForkMain.class.getName() + " <fork configuration file>");
            System.exit(EXIT_BAD_CONFIGURATION);
        }
        ForkConfiguration configuration;
        try {
            configuration = ForkConfiguration.read(Path.of(args[0]));
        } catch (Exception e) {
            System.err.println("frontrun fork: cannot read the configuration " + args[0] + ": " + e);
            System.exit(EXIT_BAD_CONFIGURATION);
            return;
        }
        ParentWatch.start(configuration.parentPid(), configuration.watchStdin(), System.in);
        ForkResult result;
        try {
            Class<?> type = Class.forName(configuration.task(), true, Thread.currentThread().getContextClassLoader());
            ForkTask task = (ForkTask) type.getConstructor().newInstance();
            Map<String, String> entries = task.run(configuration);
            result = ForkResult.completed(entries == null ? Map.of() : entries);
        } catch (Throwable t) {
            result = ForkResult.failed(stackTrace(t));
        }
        try {
            result.write(configuration.resultFile());
        } catch (Exception e) {
            System.err.println("frontrun fork: cannot write the result " + configuration.resultFile() + ": " + e);
            System.exit(EXIT_BAD_CONFIGURATION);
        }
        System.out.flush();
        System.err.flush();
        System.exit(result.completed() ? 0 : EXIT_TASK_FAILED);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString().strip();
    }
}
