package dev.frontrun.maven.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;

/**
 * The overview's two charts, each comparing like with like. The controlled strategies (random, PCT, POS, DPOR) stop
 * at the first failure, so their rate says nothing: their chart shows how many executions it took to find the first
 * failure (or how many ran without one, and whether DPOR was exhaustive), on one scale. The naive baseline and the
 * marker runs spend a fixed budget, so theirs shows the failure rate over it. A strategy that could not run is drawn
 * as an error, never as 0%; checks that are no strategy ({@code open}, {@code sequential}, {@code load},
 * {@code fork}) appear when they are errors.
 */
final class ChartRows {

    private static final List<String> FIXED_BUDGET = List.of("naive", "markers");
    private static final List<String> CONTROLLED = List.of("random", "pct", "pos", "dpor");

    private ChartRows() {
    }

    /** @return {@code firstFailureRows}, {@code rateRows}: lists of rows with label, fraction, text and kind */
    static Map<String, Object> of(List<ScenarioResult> results) {
        int scale = 1;
        for (ScenarioResult r : results) {
            for (StrategyResult st : r.strategies()) {
                if (CONTROLLED.contains(st.strategy()) && st.verdict() != Verdict.ERROR) {
                    scale = Math.max(scale, st.verdict() == Verdict.VIOLATED && st.firstFailureAt() > 0
                            ? st.firstFailureAt() : st.executions());
                }
            }
        }
        List<Map<String, Object>> first = new ArrayList<>();
        List<Map<String, Object>> rate = new ArrayList<>();
        for (ScenarioResult r : results) {
            for (StrategyResult st : r.strategies()) {
                String label = r.name() + " · " + st.strategy();
                if (st.verdict() == Verdict.ERROR) {
                    Map<String, Object> row = row(label, 1.0, "ERROR: could not run", "ERROR");
                    (FIXED_BUDGET.contains(st.strategy()) ? rate : first).add(row);
                } else if (FIXED_BUDGET.contains(st.strategy())) {
                    double f = st.executions() == 0 ? 0 : (double) st.failures() / st.executions();
                    rate.add(row(label, f, String.format(Locale.ROOT, "%.1f%% (%d of %d %s)", f * 100, st.failures(),
                            st.executions(), "naive".equals(st.strategy()) ? "trials" : "runs"), st.verdict().name()));
                } else if (CONTROLLED.contains(st.strategy())) {
                    first.add(controlled(label, st, scale));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("firstFailureRows", first);
        out.put("firstFailureScale", scale);
        out.put("rateRows", rate);
        return out;
    }

    private static Map<String, Object> controlled(String label, StrategyResult st, int scale) {
        if (st.verdict() == Verdict.VIOLATED) {
            int at = st.firstFailureAt() > 0 ? st.firstFailureAt() : st.executions();
            return row(label, (double) at / scale, "first failure at execution #" + at, "VIOLATED");
        }
        String text = "no failure in " + st.executions() + " executions"
                + (st.exhaustive() == null ? "" : st.exhaustive() ? " (exhaustive)" : " (not exhaustive)");
        return row(label, (double) st.executions() / scale, text, st.verdict().name());
    }

    private static Map<String, Object> row(String label, double fraction, String text, String kind) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label.length() > 48 ? label.substring(0, 47) + "…" : label);
        m.put("fullLabel", label);
        m.put("fraction", Math.max(0, Math.min(1, fraction)));
        m.put("text", text);
        m.put("kind", kind);
        return m;
    }
}
