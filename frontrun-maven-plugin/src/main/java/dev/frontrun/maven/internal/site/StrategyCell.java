package dev.frontrun.maven.internal.site;

import java.util.Locale;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.StrategyResult;

/** The text of one scenario × strategy cell of the site summary: verdict, then the rate or the executions. */
final class StrategyCell {

    private StrategyCell() {
    }

    /**
     * @param st one strategy's saved result
     * @return e.g. {@code VIOLATED: 3/100 trials failed (3.0%)} or {@code HOLDS: 0/10 executions failed, exhaustive};
     *         for INCONCLUSIVE and ERROR also the first line of the reason
     */
    static String text(StrategyResult st) {
        long executions = st.executions();
        long failures = st.failures();
        StringBuilder out = new StringBuilder().append(st.verdict()).append(": ");
        if ("naive".equals(st.strategy())) {
            return out.append(String.format(Locale.ROOT, "%d/%d trials failed (%.1f%%)", failures, executions,
                    executions == 0 ? 0 : 100.0 * failures / executions)).append(why(st)).toString();
        }
        out.append(failures).append('/').append(executions).append(" executions failed");
        if (st.firstFailureAt() > 0) {
            out.append(", first at #").append(st.firstFailureAt());
        }
        if (st.reproductions() > 0) {
            out.append(", reproduced ").append(st.reproduced()).append('/').append(st.reproductions());
        }
        if (st.exhaustive() != null) {
            out.append(st.exhaustive() ? ", exhaustive" : ", not exhaustive");
        }
        return out.append(why(st)).toString();
    }

    /** For a verdict that certifies nothing, the first line of its reason (the full text is in the HTML report). */
    private static String why(StrategyResult st) {
        if (st.reason() == null || !(st.verdict() == Verdict.INCONCLUSIVE || st.verdict() == Verdict.ERROR)) {
            return "";
        }
        String line = st.reason().lines().findFirst().orElse("");
        return " - " + (line.length() > 160 ? line.substring(0, 157) + "..." : line);
    }
}
