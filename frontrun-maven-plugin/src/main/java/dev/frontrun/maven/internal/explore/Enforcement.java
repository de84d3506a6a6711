package dev.frontrun.maven.internal.explore;

import java.util.List;

import dev.frontrun.Verdict;
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
            out.append("\n\n").append(o.className()).append(": ").append(o.status()).append(" - ").append(o.message());
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
                + "/index.html. A SAFE scenario with a counterexample has a race to fix; a RACE scenario no longer"
                + " found may have been fixed (declare it SAFE).";
    }
}
