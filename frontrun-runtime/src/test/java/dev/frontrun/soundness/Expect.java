package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/** The explorations and the assertions the soundness tests share: what a user relies on in a verdict. */
final class Expect {

    private Expect() {
    }

    /** DPOR with a bound it never reaches on these programs, and time limits that end a hang as INCONCLUSIVE. */
    static <S> ExplorationResult dpor(ExplorationBuilder<S> b) {
        return b.strategy(Strategy.dpor()).maxAttempts(100_000).reproductions(3)
                .executionTimeout(Duration.ofSeconds(5)).totalTimeout(Duration.ofSeconds(60)).run();
    }

    /** Random, 2,000 executions at most, seed 42. */
    static <S> ExplorationResult random(ExplorationBuilder<S> b) {
        return b.strategy(Strategy.random()).maxAttempts(2000).seed(42).reproductions(3)
                .executionTimeout(Duration.ofSeconds(5)).totalTimeout(Duration.ofSeconds(60)).run();
    }

    /** VIOLATED within {@code within} executions, with a counterexample that replays. */
    static void found(Summary s, int within) {
        assertNotNull(s.verdict(), s.toString());
        assertEquals(Verdict.VIOLATED, s.verdict(), s.toString());
        assertTrue(s.executions() <= within, "found only after " + s.executions() + " executions, expected at most "
                + within + ": " + s);
        assertTrue(s.reproductionSuccesses() > 0, "the counterexample does not replay: " + s);
    }

    static void found(ExplorationResult r, int within) {
        found(Summary.of("in-process", r), within);
    }

    /** HOLDS, and DPOR says every interleaving was covered. */
    static void exhaustiveHolds(Summary s) {
        assertNotNull(s.verdict(), s.toString());
        assertEquals(Verdict.HOLDS, s.verdict(), s.toString());
        assertTrue(s.exhaustive(), "not exhaustive: " + s);
    }

    static void exhaustiveHolds(ExplorationResult r) {
        exhaustiveHolds(Summary.of("in-process", r));
    }

    /**
     * A correct program with two contending calls: HOLDS exhaustively, and DPOR ran both orders of the calls (one
     * execution would mean it never saw them contend, a certificate about a program it did not look at).
     */
    static void correctTwin(Summary s) {
        exhaustiveHolds(s);
        assertTrue(s.executions() >= 2, "two contending calls have two orders, DPOR ran " + s.executions()
                + ": the contention was not seen; " + s);
    }

    static void correctTwin(ExplorationResult r) {
        correctTwin(Summary.of("in-process", r));
    }
}
