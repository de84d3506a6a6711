package dev.frontrun.maven.internal.explore;

import java.util.Locale;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.StrategyResult;

/** One-line summaries of strategy results for the build log. */
final class Summaries {

    private Summaries() {
    }

    static String strategy(StrategyResult st) {
        long executions = st.executions();
        long failures = st.failures();
        if ("naive".equals(st.strategy())) {
            return String.format(Locale.ROOT, "%d/%d trials failed (%.1f%%)", failures, executions,
                    executions == 0 ? 0 : 100.0 * failures / executions);
        }
        StringBuilder out = new StringBuilder().append(executions)
                .append("marker-orders".equals(st.strategy()) ? " marker orders tried" : " executions");
        if (st.firstFailureAt() > 0) {
            out.append(", first failure at #").append(st.firstFailureAt());
        }
        if (st.reproductions() > 0) {
            out.append(", reproduced ").append(st.reproduced()).append('/').append(st.reproductions());
        }
        if (st.exhaustive() != null) {
            out.append(st.exhaustive() ? ", exhaustive" : ", not exhaustive");
        }
        if ("marker-orders".equals(st.strategy()) && st.verdict() != Verdict.VIOLATED && st.reason() != null) {
            out.append(": ").append(st.reason());
        }
        return out.toString();
    }
}
