package dev.frontrun.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * The JDK conformance catalogue: every program in {@code fail} is found by random, PCT, POS and DPOR within 1,000
 * executions and its counterexample replays; every program in {@code success} holds under all four (DPOR
 * exhaustively when the program is finite); nothing is inconclusive. Prints a table of verdicts, executions and
 * milliseconds.
 */
class ConformanceTest {

    private static final int BUDGET = 1000;
    /** Executions of the sampling strategies on a program that must hold. */
    private static final int SAMPLES = 100;
    private static final Map<String, Map<String, String>> TABLE = new TreeMap<>();

    static List<Strategy> strategies() {
        return List.of(Strategy.random(), Strategy.pct(3), Strategy.pos(), Strategy.dpor());
    }

    static Stream<Arguments> programs() {
        List<Arguments> out = new ArrayList<>();
        String only = System.getProperty("conformance.only", "");
        for (String pkg : List.of("fail", "success")) {
            for (Class<?> c : classesIn(pkg)) {
                if (!c.getSimpleName().contains(only)) {
                    continue; // -Dconformance.only=Latch runs the programs whose names contain Latch
                }
                for (Strategy s : strategies()) {
                    out.add(Arguments.of(pkg + "/" + c.getSimpleName(), s.name(), c, s));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("programs")
    void conforms(String name, String strategy, Class<? extends Conformance> type, Strategy s) {
        Conformance program = instantiate(type);
        Assumptions.assumeTrue(program.supported(), () -> name + " needs a later JDK");
        boolean systematic = s.name().startsWith("dpor");
        int budget = program.buggy() || systematic ? BUDGET : SAMPLES;
        long start = System.nanoTime();
        ExplorationBuilder<Conformance> b = Frontrun.explore(() -> instantiate(type))
                .worker(ConformanceTest::runProgram)
                .strategy(s).maxAttempts(budget).reproductions(program.buggy() ? 2 : 0)
                .earlyExpiry(program.earlyExpiry());
        ExplorationResult r = (s.uses(Strategy.SEED) ? b.seed(7) : b).run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String cell = r.verdict() + (r.exhaustive() ? "*" : "") + " " + r.executions() + " " + millis + "ms";
        TABLE.computeIfAbsent(name, k -> new ConcurrentHashMap<>()).put(strategy, cell);
        if (program.buggy()) {
            assertEquals(Verdict.VIOLATED, r.verdict(), () -> name + " with " + strategy + ": " + r.report());
            assertEquals(r.reproductionAttempts(), r.reproductionSuccesses(), r::report);
        } else {
            assertEquals(Verdict.HOLDS, r.verdict(), () -> name + " with " + strategy + ": " + r.report());
            if (systematic && program.finite()) {
                assertTrue(r.exhaustive(), () -> name + " with DPOR is not exhaustive: " + r.report());
            }
        }
    }

    private static void runProgram(Conformance program) {
        try {
            program.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void printTable() {
        List<String> columns = List.of("random", "pct(3)", "pos", "dpor");
        StringBuilder b = new StringBuilder("\nConformance catalogue (verdict, * = exhaustive, executions, wall time)\n");
        b.append(String.format("%-44s", "program"));
        for (String c : columns) {
            b.append(String.format(" | %-24s", c));
        }
        b.append('\n');
        for (Map.Entry<String, Map<String, String>> row : TABLE.entrySet()) {
            b.append(String.format("%-44s", row.getKey()));
            for (String c : columns) {
                b.append(String.format(" | %-24s", row.getValue().getOrDefault(c, "-")));
            }
            b.append('\n');
        }
        System.out.println(b);
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Conformance>> classesIn(String pkg) {
        URL dir = ConformanceTest.class.getResource(pkg);
        List<Class<? extends Conformance>> out = new ArrayList<>();
        if (dir == null) {
            return out;
        }
        try {
            String[] names = new File(dir.toURI()).list();
            java.util.Arrays.sort(names);
            for (String f : names) {
                if (f.endsWith(".class") && !f.contains("$")) {
                    String cn = ConformanceTest.class.getPackageName() + "." + pkg + "." + f.replace(".class", "");
                    Class<?> c = Class.forName(cn);
                    if (Conformance.class.isAssignableFrom(c)) {
                        out.add((Class<? extends Conformance>) c);
                    }
                }
            }
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static Conformance instantiate(Class<? extends Conformance> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
