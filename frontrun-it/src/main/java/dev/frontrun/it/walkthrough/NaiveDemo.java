package dev.frontrun.it.walkthrough;

import java.io.PrintStream;
import java.time.Duration;

import org.hibernate.SessionFactory;

import dev.frontrun.NaiveBaseline;
import dev.frontrun.NaiveResult;

/** Demo 4: plain threads with random start offsets, many trials. */
final class NaiveDemo {

    private final SessionFactory sf;
    private final PrintStream out;
    private final long seed;

    NaiveDemo(SessionFactory sf, PrintStream out, long seed) {
        this.sf = sf;
        this.out = out;
        this.seed = seed;
    }

    NaiveResult run(Handler handler, int trials) {
        return NaiveBaseline.of(() -> handler.reset.apply(sf))
                .worker(handler.body)
                .worker(handler.body)
                .invariant(s -> handler.read.applyAsInt(s) == 2)
                .trials(trials).maxStartOffset(Duration.ofMillis(15)).seed(seed)
                .run();
    }

    NaiveResult buggy(int trials) {
        Banner.print(out, "Demo 4: Naive threading + Hibernate (" + trials + " trials)");
        out.println("Running both handlers in plain threads against real PostgreSQL.");
        out.println("Threads start with a random 0-15 ms offset (seed " + seed + ") to model");
        out.println("realistic request arrival timing. Counting how often the race manifests...");
        out.println();
        NaiveResult r = run(Handler.BUGGY, trials);
        r.toString().lines().forEach(l -> out.println("  " + l));
        out.println();
        out.printf("The race manifested in %d/%d trials (%s), in %.1f s.%n", r.failures(), r.trials(),
                r.ratePercent(), r.elapsed().toMillis() / 1000.0);
        return r;
    }

    void fixed(int trials) {
        Banner.print(out, "Demo 4b: Naive threading with the fixed handlers (" + trials + " trials each)");
        for (Handler h : Handler.FIXES) {
            NaiveResult r = run(h, trials);
            out.println(h.label + ":");
            r.toString().lines().forEach(l -> out.println("  " + l));
            out.println();
        }
    }
}
