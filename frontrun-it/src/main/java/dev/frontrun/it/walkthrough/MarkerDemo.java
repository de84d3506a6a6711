package dev.frontrun.it.walkthrough;

import java.io.PrintStream;
import java.time.Duration;

import org.hibernate.SessionFactory;

import dev.frontrun.Schedule;
import dev.frontrun.ScheduleIncompleteException;
import dev.frontrun.TraceExecutor;

/** Demo 1: trace markers force both SELECTs before either COMMIT. */
final class MarkerDemo {

    /** The schedule of the original's demo 1. */
    static final Schedule SCHEDULE = Schedule.parse("a:orm_read, b:orm_read, a:orm_write, b:orm_write");

    private final SessionFactory sf;
    private final PrintStream out;
    private final Duration deadlockTimeout;

    MarkerDemo(SessionFactory sf, PrintStream out, Duration deadlockTimeout) {
        this.sf = sf;
        this.out = out;
        this.deadlockTimeout = deadlockTimeout;
    }

    /** Runs the buggy handler under the schedule {@code runs} times; returns how many runs lost an update. */
    int lostUpdate(int runs) {
        Banner.print(out, "Demo 1: Hibernate lost update (TraceExecutor - deterministic)");
        out.println("Scenario:");
        out.println("  Two handlers each read login_count and increment it in Java.");
        out.println("  Schedule: " + SCHEDULE);
        out.println("  Expected final login_count: 2");
        out.println();
        int lost = 0;
        int first = -1;
        for (int i = 0; i < runs; i++) {
            int count = once(Handler.BUGGY);
            first = i == 0 ? count : first;
            lost += count < 2 ? 1 : 0;
        }
        out.println("  Final login_count: " + first + "  (expected 2)");
        out.println();
        if (first < 2) {
            out.println("  LOST UPDATE confirmed: one increment was silently lost.");
            out.println("  Handler b's commit wrote login_count=" + first + " based on a stale");
            out.println("  read, overwriting handler a's increment.");
        } else {
            out.println("  No lost update: both increments persisted.");
        }
        out.println();
        out.printf("  Reproducibility: %d/%d runs (%d%%) - the Schedule forces both SELECTs%n", lost, runs,
                Math.round(100.0 * lost / runs));
        out.println("  to run before either UPDATE on every execution.");
        return lost;
    }

    /** Runs each fixed handler under the same schedule and prints what happened. */
    void fixedHandlers() {
        Banner.print(out, "Demo 1b: the fixed handlers under the same schedule");
        for (Handler h : Handler.FIXES) {
            out.println(h.label + ":");
            try {
                int count = once(h);
                out.println("  Schedule followed to its end. Final login_count: " + count + "  (expected 2)");
            } catch (ScheduleIncompleteException e) {
                out.println("  The schedule is infeasible for this handler:");
                e.getMessage().lines().forEach(l -> out.println("    " + l));
                out.println("  Final login_count: " + h.read.applyAsInt(sf) + "  (expected 2)");
            }
            out.println();
        }
    }

    int once(Handler handler) {
        handler.reset.apply(sf);
        new TraceExecutor(SCHEDULE).deadlockTimeout(deadlockTimeout)
                .run("a", () -> handler.body.accept(sf))
                .run("b", () -> handler.body.accept(sf))
                .await(Duration.ofSeconds(60));
        return handler.read.applyAsInt(sf);
    }
}
