package dev.frontrun.it.walkthrough;

import java.io.PrintStream;
import java.time.Duration;

import org.hibernate.SessionFactory;

import dev.frontrun.NaiveResult;
import dev.frontrun.it.db.Database;
import dev.frontrun.it.orm.Orm;

/**
 * The Hibernate lost-update walkthrough: the original's demos in Java against a real PostgreSQL (embedded unless
 * {@code -Dfrontrun.jdbc.url} names one).
 *
 * <p>Arguments: {@code --trials N} (naive trials, default 500), {@code --runs N} (schedule repetitions, default 10),
 * {@code --seed N} (default 42).
 */
public final class Walkthrough {

    private Walkthrough() {
    }

    /**
     * @param args see the class comment
     */
    public static void main(String[] args) {
        int trials = 500;
        int runs = 10;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--trials" -> trials = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]
                        + ": use --trials N, --runs N or --seed N.");
            }
        }
        run(System.out, trials, runs, seed, TraceExecutorDefaults.DEADLOCK_TIMEOUT);
        System.exit(0);
    }

    /**
     * Runs every demo and prints to {@code out}.
     *
     * @param out where to print
     * @param trials naive trials per handler
     * @param runs repetitions of the marker schedule
     * @param seed the naive baseline's seed
     * @param deadlockTimeout the TraceExecutor deadlock timeout
     */
    public static void run(PrintStream out, int trials, int runs, long seed, Duration deadlockTimeout) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        Database db = Database.shared();
        out.println("frontrun walkthrough: Hibernate lost update on PostgreSQL " + db.serverVersion() + " ("
                + db.provider() + ", " + db.url() + ")");
        try (SessionFactory sf = Orm.sessionFactory(db)) {
            MarkerDemo markers = new MarkerDemo(sf, out, deadlockTimeout);
            int lost = markers.lostUpdate(runs);
            markers.fixedHandlers();
            ExploreDemo explore = new ExploreDemo(sf, out);
            explore.random();
            explore.dpor();
            explore.fixed();
            NaiveDemo naive = new NaiveDemo(sf, out, seed);
            NaiveResult r = naive.buggy(trials);
            if (lost == runs) {
                out.printf("frontrun's schedule made it %d/%d (100%%) reproducible; plain threads: %s.%n", lost, runs,
                        r.ratePercent());
            }
            naive.fixed(trials);
        }
    }

    /** Defaults shared with the tests. */
    static final class TraceExecutorDefaults {
        static final Duration DEADLOCK_TIMEOUT = Duration.ofSeconds(5);

        private TraceExecutorDefaults() {
        }
    }
}
