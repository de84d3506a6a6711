package dev.frontrun.it.walkthrough;

import java.io.PrintStream;

import org.hibernate.SessionFactory;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;

/** Demos 2 and 3: the scheduler finds the lost update by itself, with random schedules and with DPOR. */
final class ExploreDemo {

    private final SessionFactory sf;
    private final PrintStream out;

    ExploreDemo(SessionFactory sf, PrintStream out) {
        this.sf = sf;
        this.out = out;
    }

    static ExplorationResult explore(SessionFactory sf, Handler handler, Strategy strategy, int attempts,
            int reproductions) {
        ExplorationBuilder<SessionFactory> b = Frontrun.explore(() -> handler.reset.apply(sf))
                .worker(handler.body::accept)
                .worker(handler.body::accept)
                .invariant(s -> handler.read.applyAsInt(s) == 2)
                .strategy(strategy)
                .maxAttempts(attempts)
                .reproductions(reproductions);
        if (strategy.uses(Strategy.SEED)) {
            b.seed(42);
        }
        return b.run();
    }

    ExplorationResult random() {
        Banner.print(out, "Demo 2: Hibernate lost update (random exploration - automatic)");
        out.println("Random schedules at every scheduling point the agent sees (JDBC statements on their");
        out.println("rows, shared fields, locks), both handlers against real PostgreSQL. No markers needed.");
        out.println();
        ExplorationResult r = explore(sf, Handler.BUGGY, Strategy.random(), 50, 5);
        out.println("  property_holds    : " + r.holds());
        out.println("  attempts_explored : " + r.executions());
        out.println();
        r.report().lines().forEach(l -> out.println("  " + l));
        return r;
    }

    ExplorationResult dpor() {
        Banner.print(out, "Demo 3: Hibernate lost update (DPOR - systematic exploration)");
        out.println("DPOR runs one execution per class of equivalent interleavings of the JDBC");
        out.println("statements (rows from the parsed SQL) and the other visible operations.");
        out.println();
        ExplorationResult r = explore(sf, Handler.BUGGY, Strategy.dpor(), 1000, 10);
        out.println("  property_holds : " + r.holds());
        out.println("  num_explored   : " + r.executions());
        out.println();
        r.report().lines().forEach(l -> out.println("  " + l));
        return r;
    }

    void fixed() {
        Banner.print(out, "Demo 2b/3b: the fixed handlers under random exploration and DPOR");
        for (Handler h : Handler.FIXES) {
            out.println(h.label + ":");
            out.println("  random: " + explore(sf, h, Strategy.random(), 50, 5).report().lines().findFirst()
                    .orElse(""));
            out.println("  dpor  : " + explore(sf, h, Strategy.dpor(), 1000, 10).report().lines().findFirst()
                    .orElse(""));
            out.println();
        }
    }
}
