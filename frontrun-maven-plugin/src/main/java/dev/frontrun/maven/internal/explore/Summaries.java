package dev.frontrun.maven.internal.explore;

import java.util.Locale;
import java.util.Map;

/** One-line summaries of strategy results for the build log. */
final class Summaries {

    private Summaries() {
    }

    static String strategy(Map<String, Object> st) {
        long executions = number(st.get("executions"));
        long failures = number(st.get("failures"));
        if ("naive".equals(st.get("strategy"))) {
            return String.format(Locale.ROOT, "%d/%d trials failed (%.1f%%)", failures, executions,
                    executions == 0 ? 0 : 100.0 * failures / executions);
        }
        StringBuilder out = new StringBuilder().append(executions).append(" executions");
        long first = number(st.get("firstFailureAt"));
        if (first > 0) {
            out.append(", first failure at #").append(first);
        }
        long tries = number(st.get("reproductions"));
        if (tries > 0) {
            out.append(", reproduced ").append(number(st.get("reproduced"))).append('/').append(tries);
        }
        Object exhaustive = st.get("exhaustive");
        if (exhaustive instanceof Boolean b) {
            out.append(b ? ", exhaustive" : ", not exhaustive");
        }
        return out.toString();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
