package dev.frontrun;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.frontrun.internal.marker.MarkerCoordinator;
import dev.frontrun.internal.marker.MarkerDeclaration;
import dev.frontrun.internal.marker.MarkerIndex;
import dev.frontrun.internal.marker.MarkerOutcome;
import dev.frontrun.internal.marker.MarkerSupport;
import dev.frontrun.internal.marker.StallReport;

/**
 * Runs named threads and forces the order of their marked lines given by a {@link Schedule}.
 *
 * <pre>{@code
 * TraceExecutor executor = new TraceExecutor(Schedule.parse("a:orm_read, b:orm_read, a:orm_write, b:orm_write"));
 * executor.run("a", () -> handleLogin(sessionFactory));
 * executor.run("b", () -> handleLogin(sessionFactory));
 * executor.await(Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>Markers are comments {@code // frontrun: NAME} at the end of a line of code (or alone on the line above it), or
 * calls {@link Frontrun#marker(String)}. A thread pauses just before a marked line while a step naming it and that
 * marker is still ahead in the schedule; once its step comes it runs until its next such marker or its end, and only
 * then is the next step released. Workers start one after another, each running up to its first scheduled marker,
 * and no step is released before {@link #await(Duration)}.
 *
 * <p>Comment markers are found by reading the source files under the source roots (see {@link #sourceRoots(List)}),
 * and inserted into the classes with the frontrun agent (given by {@code -javaagent}, or self-attached).
 */
public final class TraceExecutor {

    /** The default time a released thread may stand still without reaching its next marker: 5 seconds. */
    public static final Duration DEFAULT_DEADLOCK_TIMEOUT = Duration.ofSeconds(5);

    private final Schedule schedule;
    private Duration deadlockTimeout = DEFAULT_DEADLOCK_TIMEOUT;
    private List<Path> sourceRoots;
    private MarkerCoordinator coordinator;
    private MarkerIndex index;
    private final Map<String, MarkerCoordinator.Worker> workers = new LinkedHashMap<>();
    private boolean awaited;

    /**
     * @param schedule the order to force
     */
    public TraceExecutor(Schedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Sets how long a released thread may stand still (its stack unchanged) without reaching its next marker before
     * the schedule is declared unreachable (for instance because the thread is blocked in the database). A thread
     * that keeps moving (loading classes, computing) is not cut short. Default 5 seconds.
     *
     * @param timeout the deadlock timeout
     * @return this executor
     */
    public TraceExecutor deadlockTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The deadlock timeout must be positive, got " + timeout + ".");
        }
        requireNotStarted();
        this.deadlockTimeout = timeout;
        return this;
    }

    /**
     * Sets the directories holding the sources of marked code. Default: the paths in the system property
     * {@code frontrun.sourceRoots} (separated by the path separator), else {@code src/main/java} and
     * {@code src/test/java} under the working directory (the module directory under Maven).
     *
     * @param roots the source roots
     * @return this executor
     */
    public TraceExecutor sourceRoots(List<Path> roots) {
        requireNotStarted();
        this.sourceRoots = List.copyOf(roots);
        return this;
    }

    /**
     * Starts a worker thread named {@code name}, and returns once it pauses at its first scheduled marker or ends.
     *
     * @param name the thread name used in the schedule's steps
     * @param task the work
     * @return this executor
     * @throws IllegalArgumentException when the schedule names a marker no source declares
     */
    public TraceExecutor run(String name, Runnable task) {
        Objects.requireNonNull(task, "task");
        if (awaited) {
            throw new IllegalStateException("This TraceExecutor has already run its schedule: create a new one.");
        }
        if (coordinator == null) {
            index = MarkerIndex.of(sourceRoots != null ? sourceRoots : MarkerIndex.defaultRoots());
            checkMarkersExist();
            MarkerSupport.install(index);
            coordinator = new MarkerCoordinator(schedule.steps(), deadlockTimeout);
        }
        workers.put(name, coordinator.start(name, task));
        return this;
    }

    /**
     * Starts several workers, in the map's iteration order.
     *
     * @param tasks worker name to work
     * @return this executor
     */
    public TraceExecutor runAll(Map<String, ? extends Runnable> tasks) {
        tasks.forEach(this::run);
        return this;
    }

    /**
     * Releases the schedule's steps in order and waits until every worker has ended.
     *
     * @param timeout the time allowed for the whole schedule and the workers' ends
     * @throws ScheduleIncompleteException when a step could not be reached; every thread is released first and the
     *         message says where each stood
     * @throws WorkerFailedException when the schedule completed but a worker threw
     * @throws IllegalStateException when a worker did not end within the timeout
     */
    public void await(Duration timeout) {
        if (coordinator == null) {
            throw new IllegalStateException("No worker was started: call run(name, task) for each of "
                    + schedule.threads() + " before await.");
        }
        if (awaited) {
            throw new IllegalStateException("await was already called on this TraceExecutor.");
        }
        awaited = true;
        List<String> missing = schedule.threads().stream().filter(t -> !workers.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The schedule names thread(s) " + missing + " but no worker was run with"
                    + " that name: call run(\"" + missing.get(0) + "\", task) before await.");
        }
        MarkerOutcome outcome = coordinator.drive(timeout);
        Throwable firstError = workers.values().stream().map(MarkerCoordinator.Worker::error)
                .filter(Objects::nonNull).findFirst().orElse(null);
        if (outcome.stall() != null) {
            throw new ScheduleIncompleteException(StallReport.format(outcome.stall(), outcome, index.roots()),
                    outcome.stall().unreached(), outcome.stall().runningThread(), firstError);
        }
        if (!outcome.allEnded()) {
            throw new IllegalStateException("The schedule completed but not every worker ended within " + timeout
                    + ": " + outcome.finalPositions().stream().filter(p -> !"DONE".equals(p.state()))
                            .map(p -> p.thread() + " is still running").collect(Collectors.joining(", ")));
        }
        for (MarkerCoordinator.Worker w : workers.values()) {
            if (w.error() != null) {
                throw new WorkerFailedException(w.name(), w.error());
            }
        }
    }

    private void checkMarkersExist() {
        List<String> unknown = new ArrayList<>();
        for (String marker : schedule.markers()) {
            if (index.declarationsOf(marker).isEmpty()) {
                unknown.add(marker);
            }
        }
        if (!unknown.isEmpty()) {
            String known = index.declarations().stream()
                    .map(MarkerDeclaration::name).distinct().sorted().collect(Collectors.joining(", "));
            throw new IllegalArgumentException("The schedule names marker(s) " + unknown + " that no source declares"
                    + " (no '// frontrun: NAME' comment or Frontrun.marker(\"NAME\") call). Markers found: "
                    + (known.isEmpty() ? "none" : known) + ". Source roots searched: " + index.roots()
                    + ". Check the spelling, or point frontrun at the sources with TraceExecutor.sourceRoots(...)"
                    + " or -Dfrontrun.sourceRoots=<dir>" + java.io.File.pathSeparator + "<dir>.");
        }
    }

    private void requireNotStarted() {
        if (coordinator != null) {
            throw new IllegalStateException("Configure the TraceExecutor before the first run(...).");
        }
    }
}
