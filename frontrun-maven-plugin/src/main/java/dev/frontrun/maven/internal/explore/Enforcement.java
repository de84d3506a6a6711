package dev.frontrun.maven.internal.explore;

import java.util.List;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.StrategyResult;

/**
 * Turns outcomes into the build's verdict: findings (a race in code declared SAFE, a documented race no longer
 * found, nothing certified) versus broken infrastructure (a fork that crashed or timed out).
 */
public final class Enforcement {

    private Enforcement() {
    }

    /**
     * @param outcomes every scenario's outcome
     * @return the message for a BUILD ERROR (forks that did not complete), or null
     */
    public static String harnessErrors(List<ScenarioOutcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (ScenarioOutcome o : outcomes) {
            if (o.result() == null) {
                out.append("\n").append(o.className()).append(": ").append(o.fork().message());
            }
        }
        return out.length() == 0 ? null : "frontrun could not run every scenario:" + out;
    }

    /**
     * @param outcomes every scenario's outcome (all completed)
     * @param resultsDir where the report is, for the message
     * @return the message for a BUILD FAILURE, or null when every scenario is as declared
     */
    public static String findings(List<ScenarioOutcome> outcomes, String resultsDir) {
        StringBuilder out = new StringBuilder();
        int failing = 0;
        for (ScenarioOutcome o : outcomes) {
            if (o.result() == null || o.passes()) {
                continue;
            }
            failing++;
            out.append("\n\n").append(o.className()).append(": ").append(o.status()).append(" - ").append(o.message())
                    .append("\n  ").append(advice(o.status()));
            for (StrategyResult st : o.strategies()) {
                if (st.verdict() == Verdict.VIOLATED && st.explanation() != null) {
                    out.append("\n\n  Counterexample from ").append(st.strategy()).append(":\n");
                    st.explanation().lines().forEach(l -> out.append("    ").append(l).append('\n'));
                    out.append("  Replay it with the schedule: ").append(st.counterexample());
                    break;
                }
            }
        }
        if (failing == 0) {
            return null;
        }
        return failing + " race scenario(s) not as declared:" + out + "\n\nReport with replay tests: " + resultsDir
                + "/index.html.";
    }

    private static String advice(Grade.Status status) {
        return switch (status) {
            case ERROR -> "What to do: fix what the reason names and run again; until every requested strategy runs,"
                    + " the declared expectation is not checked.";
            case FAILS_WITHOUT_CONCURRENCY -> "What to do: the actors fail when run one after another, without any race;"
                    + " fix the test (setup, actors, holds) or the code first.";
            case UNEXPECTED_RACE -> "What to do: the code declared SAFE has a race; fix it (the counterexample"
                    + " below replays it), or declare the scenario RACE if it documents a known bug.";
            case MISSED -> "What to do: if the bug was fixed, declare the scenario SAFE; else raise the budgets"
                    + " (frontrun.maxAttempts, frontrun.maxExecutions) or give it a marker schedule.";
            case INCONCLUSIVE -> "What to do: read each strategy's reason; raise frontrun.executionTimeoutMillis if"
                    + " executions timed out.";
            default -> "";
        };
    }
}
