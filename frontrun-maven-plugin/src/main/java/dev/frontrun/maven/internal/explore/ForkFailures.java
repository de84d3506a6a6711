package dev.frontrun.maven.internal.explore;

import java.lang.annotation.Annotation;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.Expect;

/**
 * The result of a scenario whose JVM crashed, timed out or failed before writing one: graded ERROR with the fork's
 * message, so that the scenario is in {@code index.html} and the JUnit XML like every other of the run. Its declared
 * expectation is read from its class without initialising it (SAFE when it cannot be read).
 */
final class ForkFailures {

    private ForkFailures() {
    }

    static ScenarioResult result(String className, dev.frontrun.maven.internal.fork.ForkOutcome fork,
            List<Path> testClassPath, Long seed) {
        Declared declared = declared(className, testClassPath);
        return ScenarioResult.builder(className, declared.description, declared.expect, declared.schedule)
                .environment(seed == null ? Environment.NONE
                        : new Environment(null, null, seed, null, null, null))
                .add(StrategyResult.builder("fork").verdict(Verdict.ERROR, fork.message())
                        .wallMillis(fork.elapsed().toMillis()).build())
                .build();
    }

    private record Declared(Expect expect, String description, String schedule) {
    }

    private static Declared declared(String className, List<Path> testClassPath) {
        List<URL> urls = new ArrayList<>();
        try {
            for (Path p : testClassPath) {
                urls.add(p.toUri().toURL());
            }
        } catch (MalformedURLException e) {
            return new Declared(Expect.SAFE, null, null);
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> type = Class.forName(className, false, loader);
            for (Annotation a : type.getAnnotations()) {
                if (a.annotationType().getName().equals("dev.frontrun.scenario.RaceScenario")) {
                    String expect = String.valueOf(a.annotationType().getMethod("expect").invoke(a));
                    String description = (String) a.annotationType().getMethod("description").invoke(a);
                    String schedule = (String) a.annotationType().getMethod("schedule").invoke(a);
                    return new Declared(Expect.valueOf(expect), description.isBlank() ? null : description,
                            schedule.isBlank() ? null : schedule);
                }
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException | java.io.IOException e) {
            // fall through: the fork's message says what went wrong
        }
        return new Declared(Expect.SAFE, null, null);
    }
}
