package dev.frontrun.it.bench;

import java.util.Locale;

import org.hibernate.SessionFactory;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.it.db.Database;
import dev.frontrun.it.orm.LoginHandlers;
import dev.frontrun.it.orm.Orm;

/**
 * Prints executions per second of frontrun's scheduler on the walkthrough's Hibernate handlers against the real
 * (embedded) PostgreSQL: random exploration of the SQL-increment handler (which holds, so every attempt runs) and DPOR
 * and random on the buggy one (time to the counterexample). Run with
 * {@code mvn -B -pl frontrun-it -am -Pbench -DskipTests verify}.
 */
public final class HibernateBenchmark {

    private HibernateBenchmark() {
    }

    /** @param args {@code [executions]} (default 200) */
    public static void main(String[] args) {
        int executions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        System.setProperty("org.jboss.logging.provider", "slf4j");
        try (SessionFactory sf = Orm.sessionFactory(Database.shared())) {
            run("random, handleLoginSqlIncrement (holds)", sf, Strategy.random(), executions, true);
            run("random, handleLoginSqlIncrement (holds)", sf, Strategy.random(), executions, true);
            run("random, handleLogin (until the race)", sf, Strategy.random(), executions, false);
            run("dpor, handleLogin (until the race)", sf, Strategy.dpor(), executions, false);
        }
        System.exit(0);
    }

    private static void run(String name, SessionFactory sf, Strategy strategy, int executions, boolean fixed) {
        long start = System.nanoTime();
        var b = Frontrun.explore(() -> Orm.resetUser(sf))
                .worker(s -> handler(fixed, s)).worker(s -> handler(fixed, s))
                .invariant(s -> Orm.readCount(s) == 2)
                .strategy(strategy).maxAttempts(executions).reproductions(0);
        if (strategy.uses(Strategy.SEED)) {
            b.seed(42);
        }
        ExplorationResult r = b.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %-12s %5d executions in %6.2f s = %7.1f executions/s%n", name,
                r.verdict(), r.executions(), seconds, r.executions() / seconds);
    }

    private static void handler(boolean fixed, SessionFactory sf) {
        if (fixed) {
            LoginHandlers.handleLoginSqlIncrement(sf);
        } else {
            LoginHandlers.handleLogin(sf);
        }
    }
}
