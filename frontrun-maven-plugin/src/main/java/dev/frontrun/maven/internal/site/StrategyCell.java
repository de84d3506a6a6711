package dev.frontrun.maven.internal.site;

import java.util.Locale;
import java.util.Map;

/** The text of one scenario × strategy cell of the site summary: verdict, then the rate or the executions. */
final class StrategyCell {

    private StrategyCell() {
    }

    /**
     * @param st one strategy's saved result
     * @return e.g. {@code VIOLATED: 3/100 trials failed (3.0%)} or {@code HOLDS: 0/10 executions failed, exhaustive};
     *         for INCONCLUSIVE and ERROR also the first line of the reason
     */
    static String text(Map<String, Object> st) {
        long executions = number(st.get("executions"));
        long failures = number(st.get("failures"));
        StringBuilder out = new StringBuilder().append(st.get("verdict")).append(": ");
        if ("naive".equals(st.get("strategy"))) {
            return out.append(String.format(Locale.ROOT, "%d/%d trials failed (%.1f%%)", failures, executions,
                    executions == 0 ? 0 : 100.0 * failures / executions)).append(why(st)).toString();
        }
        out.append(failures).append('/').append(executions).append(" executions failed");
        long first = number(st.get("firstFailureAt"));
        if (first > 0) {
            out.append(", first at #").append(first);
        }
        long tries = number(st.get("reproductions"));
        if (tries > 0) {
            out.append(", reproduced ").append(number(st.get("reproduced"))).append('/').append(tries);
        }
        if (st.get("exhaustive") instanceof Boolean b) {
            out.append(b ? ", exhaustive" : ", not exhaustive");
        }
        return out.append(why(st)).toString();
    }

    /** For a verdict that certifies nothing, the first line of its reason (the full text is in the HTML report). */
    private static String why(Map<String, Object> st) {
        Object verdict = st.get("verdict");
        Object reason = st.get("reason");
        if (reason == null || !("INCONCLUSIVE".equals(verdict) || "ERROR".equals(verdict))) {
            return "";
        }
        String line = String.valueOf(reason).lines().findFirst().orElse("");
        return " - " + (line.length() > 160 ? line.substring(0, 157) + "..." : line);
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
