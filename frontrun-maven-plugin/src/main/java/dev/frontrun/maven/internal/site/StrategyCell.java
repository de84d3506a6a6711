package dev.frontrun.maven.internal.site;

import java.util.Locale;
import java.util.Map;

/** The text of one scenario × strategy cell of the site summary: verdict, then the rate or the executions. */
final class StrategyCell {

    private StrategyCell() {
    }

    /**
     * @param st one strategy's saved result
     * @return e.g. {@code VIOLATED: 3/100 trials failed (3.0%)} or {@code HOLDS: 10 executions, exhaustive}
     */
    static String text(Map<String, Object> st) {
        long executions = number(st.get("executions"));
        long failures = number(st.get("failures"));
        StringBuilder out = new StringBuilder().append(st.get("verdict")).append(": ");
        if ("naive".equals(st.get("strategy"))) {
            return out.append(String.format(Locale.ROOT, "%d/%d trials failed (%.1f%%)", failures, executions,
                    executions == 0 ? 0 : 100.0 * failures / executions)).toString();
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
        return out.toString();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
