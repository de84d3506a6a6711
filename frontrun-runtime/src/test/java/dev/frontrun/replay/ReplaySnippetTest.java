package dev.frontrun.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontrun.internal.fork.RunSettings;
import dev.frontrun.internal.pg.TestDatabase;
import dev.frontrun.internal.result.Grade;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.scenario.LoadedScenario;
import dev.frontrun.internal.scenario.ScenarioRunner;
import dev.frontrun.scenario.ScenarioContext;

/**
 * The replay snippets the reports offer are real tests: for a JDBC scenario whose {@code setup()} throws
 * {@code Exception}, each strategy's snippet compiles as it is printed (one method per strategy, distinct names) and,
 * run against the embedded PostgreSQL through the system properties the plugin passes, reproduces the race.
 */
class ReplaySnippetTest {

    private static final String IMPORTS = String.join("\n",
            "import static org.junit.jupiter.api.Assertions.*;",
            "import java.time.Duration;",
            "import org.junit.jupiter.api.Test;",
            "import dev.frontrun.*;",
            "import dev.frontrun.scenario.*;", "");

    @Test
    void everySnippetCompilesAndReproducesTheRace(@TempDir Path dir) throws Exception {
        assertSnippetsReproduce(JdbcReplayScenario.class, dir);
    }

    /**
     * Found with the sessions the runner hands out again ({@code ScenarioContext.connect()} per actor), replayed with
     * new connections (no runner): the counterexample has the same steps either way.
     */
    @Test
    void aRaceFoundOnReusedSessionsReplaysOnNewConnections(@TempDir Path dir) throws Exception {
        assertSnippetsReproduce(ConnectPerActorScenario.class, dir);
    }

    private void assertSnippetsReproduce(Class<?> type, Path dir) throws Exception {
        String url = TestDatabase.url();
        ScenarioContext context = new ScenarioContext(url, "postgres", "", 42);
        RunSettings settings = RunSettings.from(Map.of("strategies", "markers,random", "markerRuns", "2",
                "maxAttempts", "50", "reproduce", "2"));
        LoadedScenario scenario = LoadedScenario.load(type.getName(), getClass().getClassLoader());
        // what the scenario JVM's task publishes from the plugin's configuration
        String include = System.getProperty("frontrun.include");
        System.setProperty("frontrun.include", "dev.frontrun.replay.*");
        ScenarioResult result;
        try {
            result = new ScenarioRunner(scenario, settings,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(context);
        } finally {
            if (include == null) {
                System.clearProperty("frontrun.include");
            } else {
                System.setProperty("frontrun.include", include);
            }
        }
        assertEquals(Grade.Status.FOUND, result.grade().status(), result.grade().message());

        List<String> methods = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (StrategyResult st : result.strategies()) {
            if (st.replay() != null) {
                assertTrue(st.replay().contains("frontrun.jdbc.url"), st.replay());
                body.append(st.replay().indent(4)).append('\n');
                String signature = st.replay().lines().filter(l -> l.startsWith("void ")).findFirst().orElseThrow();
                methods.add(signature.substring(5, signature.indexOf('(')));
            }
        }
        assertEquals(2, methods.size(), "a snippet per strategy that found the race: " + methods);
        assertEquals(2, methods.stream().distinct().count(), "one method name per strategy: " + methods);

        String testClass = "Replays" + type.getSimpleName();
        Path source = dir.resolve(testClass + ".java");
        Files.writeString(source, IMPORTS + "public class " + testClass + " {\n" + body + "}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", classPath, "-d", dir.toString(), "-proc:none"), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile()))
                .call();
        assertTrue(compiled, diagnostics + "\n" + Files.readString(source));

        Map<String, String> saved = new HashMap<>();
        for (String p : List.of("frontrun.jdbc.url", "frontrun.jdbc.user", "frontrun.jdbc.password")) {
            saved.put(p, System.getProperty(p));
        }
        System.setProperty("frontrun.jdbc.url", url);
        System.setProperty("frontrun.jdbc.user", "postgres");
        System.setProperty("frontrun.jdbc.password", "");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> tests = loader.loadClass(testClass);
            Object instance = tests.getDeclaredConstructor().newInstance();
            for (String name : methods) {
                Method m = tests.getDeclaredMethod(name);
                m.setAccessible(true);
                try {
                    m.invoke(instance);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(name + " failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            saved.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
        assertNotNull(methods);
    }
}
