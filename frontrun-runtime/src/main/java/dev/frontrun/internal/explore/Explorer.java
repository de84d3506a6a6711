package dev.frontrun.internal.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.frontrun.Verdict;
import dev.frontrun.internal.explain.Explainer;
import dev.frontrun.internal.explain.Explanation;
import dev.frontrun.internal.explain.SourceLines;
import dev.frontrun.internal.explain.UserFrames;
import dev.frontrun.internal.instrument.Installer;
import dev.frontrun.internal.vocab.Scope;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.sched.DataRaces;
import dev.frontrun.internal.sched.Execution;
import dev.frontrun.internal.sched.Identities;
import dev.frontrun.internal.sched.Outcome;
import dev.frontrun.internal.sched.RuntimeHooks;
import dev.frontrun.internal.db.SqlScheduling;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.sched.SetupViews;
import dev.frontrun.internal.sched.WorkerPool;
import dev.frontrun.internal.strategy.ReplayStrategy;

/**
 * Runs an exploration: executions under the strategy until the property fails, the attempts or the time run out,
 * or a systematic strategy is exhausted; then replays a counterexample and explains it.
 *
 * @param <S> the state type
 */
public final class Explorer<S> {

    private static final long GRACE = TimeUnit.SECONDS.toNanos(1);
    private static final Object LOCK = new Object();

    private final ExplorationConfig<S> config;

    /** @param config the validated options */
    public Explorer(ExplorationConfig<S> config) {
        this.config = config;
    }

    /** @return the findings */
    public ExplorationReport run() {
        synchronized (LOCK) {
            Installer.ensure(Scope.of(config.include(), config.exclude()));
            CarrierWarmup.ensure();
            SqlScheduling.install(config.database());
            return explore();
        }
    }

    /** Names threads and initial objects alike in every execution of this exploration. */
    private Identities identities = new Identities();
    /** What the executions showed that keeps the result from being a proof. */
    private final Incompleteness seen = new Incompleteness();

    private ExplorationReport explore() {
        SchedulingStrategy strategy = config.strategy().apply(config.seed());
        seen.reset();
        identities = new Identities(config.threadNames());
        long end = System.nanoTime() + config.totalTimeout().toNanos();
        int executions = 0;
        int completed = 0;
        String degraded = null;
        boolean exhausted = false;
        ExecutionRun failing = null;
        Stuck stuck = null;
        String sqlAnomaly = null;
        if (strategy.systematic()) {
            warmUp();
        }
        for (int i = 0; i < config.maxAttempts(); i++) {
            if (System.nanoTime() - end > 0) {
                degraded = degraded != null ? degraded : "the total timeout of " + config.totalTimeout().toMillis()
                        + " ms ran out after " + executions + " executions";
                break;
            }
            if (!strategy.beginExecution(i)) {
                exhausted = true;
                break;
            }
            ExecutionRun run = runOnce(strategy);
            executions++;
            strategy.endExecution(run.outcome() == Outcome.COMPLETED);
            if (run.violated()) {
                failing = run;
                sqlAnomaly = SqlScheduling.anomaly(config.threadNames());
                break;
            }
            if (run.stuck() != null) {
                // every further execution that meets it would wait out the whole limit again: stop here
                stuck = new Stuck(executions, run.stuck().thread(), run.stuck().at(), run.stuck().limitMillis());
                degraded = stuck.describe() + " (the exploration stops at the first execution that hangs)";
                break;
            }
            if (run.problem() != null) {
                degraded = "execution " + executions + ": " + run.problem();
            } else {
                completed++;
            }
        }
        String name = config.strategyName();
        String incomplete = seen.reason(strategy);
        if (seen.unmodelled()) {
            incomplete = seen.unmodelledReason(failing);
            failing = null;
            degraded = incomplete;
        }
        if (incomplete == null && failing == null && completed > 0) {
            incomplete = seen.unobservedWorkers(config.workers().size(), config.threadNames());
        }
        if (incomplete != null && failing == null) {
            degraded = degraded != null ? degraded : incomplete;
        }
        boolean exhaustive = exhausted && strategy.exhausted() && incomplete == null;
        if (failing != null) {
            int successes = 0;
            for (int r = 0; r < config.reproductions(); r++) {
                ReplayStrategy replay = new ReplayStrategy(failing.choices());
                replay.beginExecution(0);
                if (runOnce(replay).violated()) {
                    successes++;
                }
            }
            String summary = summary(failing);
            Explanation explanation = new Explainer(new SourceLines(), config.threadNames())
                    .explain(executions, summary, summary == null ? failing.violation() : null, failing.trace())
                    .withSqlAnomaly(sqlAnomaly);
            return new ExplorationReport(Verdict.VIOLATED, executions, completed, config.seed(), name, failing.choices(),
                    explanation, failing.violation(), config.reproductions(), successes, null, false, null);
        }
        if (completed > 0 && degraded == null) {
            String bound = strategy.systematic() && !exhaustive
                    ? "stopped after maxAttempts = " + config.maxAttempts() + " executions" : null;
            return new ExplorationReport(Verdict.HOLDS, executions, completed, config.seed(), name, null, null, null, 0,
                    0, bound, exhaustive, null);
        }
        String reason = degraded != null ? degraded
                : exhausted ? "the strategy had nothing to explore" : "no execution completed";
        return new ExplorationReport(Verdict.INCONCLUSIVE, executions, completed, config.seed(), name, null, null, null, 0,
                0, reason, false, stuck);
    }

    /**
     * Runs one execution that is not counted (lowest enabled thread first) before a systematic exploration, so that
     * lazy one-time work (class loading, a connection pool opening its connections, caches filling) happens there
     * and not in the first counted execution only: DPOR compares every execution with the ones before it, and such
     * work makes the first look different from the rest. Its outcome is not judged; the systematic exploration runs
     * the same interleaving again.
     */
    private void warmUp() {
        String detached = seen.detached();
        ReplayStrategy first = new ReplayStrategy(new int[0]);
        first.beginExecution(0);
        runOnce(first);
        seen.detached(detached);
    }

    private static String summary(ExecutionRun run) {
        if (run.headline() != null) {
            return run.headline();
        }
        return switch (run.outcome()) {
            case DEADLOCK, ALL_BLOCKED, EXCEPTION -> run.violation();
            default -> null;
        };
    }

    /**
     * Runs one execution under {@code strategy} (whose {@code beginExecution} was called) and judges it.
     *
     * @param strategy the strategy
     * @return the judged execution
     */
    public ExecutionRun runOnce(SchedulingStrategy strategy) {
        SetupViews.record();
        S state = config.setup().get();
        long block = config.blockingThreshold().toNanos();
        Execution exec = new Execution(strategy, block, config.executionTimeout().toNanos(), identities,
                config.options());
        exec.initialState(state, config.workers());
        List<Runnable> bodies = new ArrayList<>();
        for (Consumer<S> w : config.workers()) {
            bodies.add(() -> w.accept(state));
        }
        SqlScheduling.beginExecution(exec);
        try {
            return judgeRun(exec, state, bodies, block);
        } finally {
            seen.note(exec);
        }
    }

    private ExecutionRun judgeRun(Execution exec, S state, List<Runnable> bodies, long block) {
        List<Thread> lost;
        RuntimeHooks.activate(exec);
        try {
            exec.launch(bodies, WorkerPool.shared());
            lost = exec.awaitEnd(Math.max(TimeUnit.MILLISECONDS.toNanos(1), block / 4), GRACE);
        } finally {
            RuntimeHooks.activate(null);
        }
        Outcome outcome = exec.outcome();
        Stuck stuck = outcome == Outcome.TIMEOUT ? stuck(exec, lost) : null;
        WorkerPool.shared().abandon(lost);
        switch (outcome) {
            case COMPLETED:
                return judge(exec, state);
            case EXCEPTION: {
                Throwable t = exec.failure();
                String what = t instanceof AssertionError ? "failed an assertion" : "threw " + t.getClass().getName();
                String failure = "Thread " + config.threadNames().of(exec.failedThread()) + " " + what
                        + (t.getMessage() != null ? ": " + t.getMessage() : "") + ".";
                String deadlock = exec.database().deadlockReport();
                return new ExecutionRun(outcome, deadlock == null ? failure : deadlock + "\n" + failure, null,
                        exec.trace(), exec.choices());
            }
            case DEADLOCK:
            case ALL_BLOCKED:
                return new ExecutionRun(outcome, exec.detail(), null, exec.trace(), exec.choices());
            default:
                return new ExecutionRun(outcome, null, outcome.name().toLowerCase() + ": " + exec.detail(),
                        exec.trace(), exec.choices(), null, stuck);
        }
    }

    /** The first thread left running when an execution ran past its limit, and the user's line it is at. */
    private Stuck stuck(Execution exec, List<Thread> lost) {
        for (Thread t : lost) {
            int id = exec.threadIdOf(t);
            if (id >= 0) {
                StackTraceElement[] stack = t.getStackTrace();
                return new Stuck(0, config.threadNames().of(id), stack.length == 0 ? null : UserFrames.describe(stack),
                        config.executionTimeout().toMillis());
            }
        }
        // a thread that spins through scheduling points unwound at its next one: the last step names it
        List<dev.frontrun.internal.sched.TraceEvent> trace = exec.trace();
        for (int i = trace.size() - 1; i >= 0; i--) {
            Site site = trace.get(i).op().siteInfo();
            if (site != null) {
                String cls = site.className().substring(site.className().lastIndexOf('.') + 1);
                return new Stuck(0, config.threadNames().of(trace.get(i).thread()), cls + "." + site.method() + "("
                        + site.location() + ")", config.executionTimeout().toMillis());
            }
        }
        return new Stuck(0, null, null, config.executionTimeout().toMillis());
    }

    private ExecutionRun judge(Execution exec, S state) {
        List<dev.frontrun.internal.sched.TraceEvent> trace = exec.trace();
        seen.observe(trace, config.workers().size());
        String violation = null;
        try {
            if (!config.invariant().test(state)) {
                violation = "The invariant does not hold.";
            }
        } catch (AssertionError e) {
            violation = "The invariant failed: " + e.getMessage();
        } catch (RuntimeException e) {
            violation = "The invariant threw " + e;
        }
        if (violation == null) {
            String race = DataRaces.find(trace, config.threadNames());
            if (race != null) {
                return new ExecutionRun(Outcome.COMPLETED, race, null, trace, exec.choices(), race);
            }
        }
        return new ExecutionRun(Outcome.COMPLETED, violation, null, trace, exec.choices());
    }
}
