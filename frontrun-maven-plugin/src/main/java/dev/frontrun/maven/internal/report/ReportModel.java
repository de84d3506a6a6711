package dev.frontrun.maven.internal.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the saved results into the data the templates show: per scenario its grade, per strategy its verdict and
 * failure rate, the page file name, and the thread columns of the counterexample timeline.
 */
final class ReportModel {

    private ReportModel() {
    }

    static Map<String, Object> of(List<Map<String, Object>> results, Map<String, Object> run) {
        List<Map<String, Object>> scenarios = new ArrayList<>();
        Set<String> strategyNames = new LinkedHashSet<>();
        for (Map<String, Object> r : results) {
            Map<String, Object> s = scenario(r);
            scenarios.add(s);
            for (Map<String, Object> st : list(s.get("strategies"))) {
                strategyNames.add(String.valueOf(st.get("strategy")));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("scenarios", scenarios);
        model.put("strategyNames", new ArrayList<>(strategyNames));
        model.put("run", run);
        model.put("environment", results.isEmpty() ? Map.of() : results.get(0).get("environment"));
        model.put("passed", scenarios.stream().filter(s -> Boolean.TRUE.equals(s.get("passes"))).count());
        model.put("total", scenarios.size());
        return model;
    }

    static Map<String, Object> scenario(Map<String, Object> r) {
        Map<String, Object> info = map(r.get("scenario"));
        Map<String, Object> grade = map(r.get("grade"));
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("className", info.get("class"));
        s.put("name", info.get("name"));
        s.put("description", info.get("description"));
        s.put("expect", info.get("expect"));
        s.put("schedule", info.get("schedule"));
        s.put("status", grade.get("status"));
        s.put("passes", grade.get("passes"));
        s.put("message", grade.get("message"));
        s.put("page", pageName(String.valueOf(info.get("class"))));
        s.put("environment", r.get("environment"));
        List<Map<String, Object>> strategies = new ArrayList<>();
        for (Map<String, Object> st : list(r.get("strategies"))) {
            Map<String, Object> copy = new LinkedHashMap<>(st);
            long executions = number(st.get("executions"));
            long failures = number(st.get("failures"));
            double rate = executions == 0 ? 0 : (double) failures / executions;
            copy.put("rate", rate);
            copy.put("ratePercent", String.format(Locale.ROOT, "%.1f%%", rate * 100));
            copy.put("threads", threads(list(st.get("timeline"))));
            strategies.add(copy);
        }
        s.put("strategies", strategies);
        return s;
    }

    private static List<String> threads(List<Map<String, Object>> timeline) {
        Set<String> names = new LinkedHashSet<>();
        timeline.forEach(step -> names.add(String.valueOf(step.get("thread"))));
        return new ArrayList<>(names);
    }

    static String pageName(String className) {
        return className.replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }
}
