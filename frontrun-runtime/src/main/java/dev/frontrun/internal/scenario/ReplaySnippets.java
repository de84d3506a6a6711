package dev.frontrun.internal.scenario;

import dev.frontrun.Schedule;

/** Writes the copy-paste JUnit tests that replay a counterexample. */
final class ReplaySnippets {

    private ReplaySnippets() {
    }

    static String markers(Class<?> type, Schedule schedule) {
        String name = type.getSimpleName();
        return String.join("\n",
                "// Replays the counterexample of " + name + " with its trace markers.",
                "@Test",
                "void replays" + name + "() throws Exception {",
                "    var scenario = new " + type.getName().replace('$', '.') + "();",
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

    static String interleaving(Class<?> type, String interleaving) {
        String name = type.getSimpleName();
        return String.join("\n",
                "// Replays the counterexample of " + name + " under frontrun's scheduler.",
                "@Test",
                "void replays" + name + "() throws Exception {",
                "    var scenario = new " + type.getName().replace('$', '.') + "();",
                "    scenario.open(ScenarioContext.fromSystemProperties());",
                "    try {",
                "        var exploration = Frontrun.explore(scenario::setup)",
                "                .invariant(scenario::holds)",
                "                .strategy(Strategy.replay(Interleaving.parse(\"" + interleaving + "\")));",
                "        for (var actor : scenario.actors()) {",
                "            exploration.worker(actor.body()::accept);",
                "        }",
                "        ExplorationResult result = exploration.run();",
                "        assertEquals(Verdict.VIOLATED, result.verdict(), result.report());",
                "    } finally {",
                "        scenario.close();",
                "    }",
                "}");
    }
}
