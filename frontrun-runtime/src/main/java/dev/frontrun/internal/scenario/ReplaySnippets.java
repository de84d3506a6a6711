package dev.frontrun.internal.scenario;

import dev.frontrun.Schedule;

/**
 * Writes the copy-paste JUnit tests that replay a counterexample: one method per strategy (named after the scenario
 * and the strategy), compiling for every scenario shape (a {@code setup()} that throws a checked exception is wrapped),
 * and reaching the database through the same system properties the plugin passes to the scenario JVM.
 */
final class ReplaySnippets {

    /** The comment that says where the database comes from. */
    static final String DATABASE_COMMENT = "    // The database: ScenarioContext.fromSystemProperties() reads frontrun.jdbc.url, frontrun.jdbc.user and"
            + "\n    // frontrun.jdbc.password, the properties the frontrun plugin passes to the scenario JVM; set them"
            + "\n    // (e.g. in Surefire's systemPropertyVariables) to run this test against a PostgreSQL of your own.";

    private ReplaySnippets() {
    }

    static String markers(Class<?> type, Schedule schedule) {
        String name = type.getSimpleName();
        return String.join("\n",
                "// Replays the counterexample of " + name + " with its trace markers.",
                "@Test",
                "void replays" + name + "WithMarkers() throws Exception {",
                DATABASE_COMMENT,
                "    var scenario = new " + sourceName(type) + "();",
                "    scenario.open(ScenarioContext.fromSystemProperties());",
                "    try {",
                "        var state = scenario.setup();",
                "        var executor = new TraceExecutor(Schedule.parse(\"" + schedule + "\"));",
                "        for (var actor : scenario.actors()) {",
                "            executor.run(actor.name(), () -> actor.body().accept(state));",
                "        }",
                "        executor.await(Duration.ofSeconds(30));",
                "        boolean holds;",
                "        try {",
                "            holds = scenario.holds(state);",
                "        } catch (AssertionError e) {",
                "            holds = false;",
                "        }",
                "        assertFalse(holds, \"the race reproduces\");",
                "    } finally {",
                "        scenario.close();",
                "    }",
                "}");
    }

    static String interleaving(Class<?> type, String strategy, String interleaving) {
        String name = type.getSimpleName();
        return String.join("\n",
                "// Replays the counterexample " + strategy + " found in " + name + " under frontrun's scheduler.",
                "@Test",
                "void replays" + name + "From" + capitalized(strategy) + "() throws Exception {",
                DATABASE_COMMENT,
                "    var scenario = new " + sourceName(type) + "();",
                "    scenario.open(ScenarioContext.fromSystemProperties());",
                "    try {",
                "        var exploration = Frontrun.explore(() -> {",
                "                    try {",
                "                        return scenario.setup();",
                "                    } catch (Exception e) {",
                "                        throw new IllegalStateException(\"setup() failed\", e);",
                "                    }",
                "                })",
                "                .invariant(scenario::holds)",
                "                .strategy(Strategy.replay(Interleaving.parse(\"" + interleaving + "\")));",
                "        for (var actor : scenario.actors()) {",
                "            exploration.worker(actor.name(), actor.body()::accept);",
                "        }",
                "        ExplorationResult result = exploration.run();",
                "        assertEquals(Verdict.VIOLATED, result.verdict(), result.report());",
                "    } finally {",
                "        scenario.close();",
                "    }",
                "}");
    }

    private static String sourceName(Class<?> type) {
        return type.getName().replace('$', '.');
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
