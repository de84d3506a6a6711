package dev.frontrun.maven.internal.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.ResultFiles;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.result.TimelineStep;
import dev.frontrun.scenario.Expect;

/**
 * Opens the rendered report (overview, a scenario page and an ERROR scenario's page, from results saved here by
 * {@link ScenarioResult}) in Debian's headless Chromium, 1,400 px wide: no console error, no exception, no browser log
 * error, nothing wider than its box; the charts compare like with like and draw an error as an error. Keeps a
 * screenshot of each in {@code target/frontrun-screenshots/}. Skips, saying so, when {@code /usr/bin/chromium} is not installed.
 */
@Timeout(180)
class ReportInChromiumTest {

    private static final Path BUILD = Path.of("target");
    private static final Path SHOTS = BUILD.resolve("frontrun-screenshots");
    private static final int WIDTH = 1400;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    static Path profile;

    private static HeadlessChromium chromium;

    private static String missing;

    @BeforeAll
    static void startChromium() throws Exception {
        if (!Files.isExecutable(HeadlessChromium.BINARY)) {
            missing = "SKIPPED: " + HeadlessChromium.BINARY + " is not installed, so the report was not checked in a"
                    + " browser (apt-get install -y chromium).";
            System.err.println("[ReportInChromiumTest] " + missing);
            return;
        }
        chromium = new HeadlessChromium(profile);
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stopChromium() throws InterruptedException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void theOverviewAndAScenarioPageShowWithoutAnyConsoleError() throws Exception {
        Path report = BUILD.resolve("frontrun-chromium");
        save(report);
        Path index = new ReportRenderer().render(report, report);

        HeadlessChromium.PageCheck overview = chromium.open(index, SHOTS.resolve("overview.png"), WIDTH);
        assertEquals("frontrun report", overview.title());
        assertTrue(overview.errors().isEmpty(), "console errors on the overview: " + overview.errors());
        assertEquals("", overview.clipped(), "clipped on the overview at " + WIDTH + " px");
        String html = Files.readString(index);
        // the two charts compare like with like; the strategy that could not run is drawn as an error, not as 0%
        assertTrue(html.contains("Executions to the first failure"), html);
        assertTrue(html.contains("Failure rate over a fixed budget"), html);
        assertTrue(html.contains("first failure at execution #3"), html);
        assertTrue(html.contains("no failure in 40 executions (exhaustive)"), html);
        assertTrue(html.contains("ERROR: could not run"), html);

        Path page = report.resolve("scenarios/com.example.orders.LostUpdateScenario.html");
        HeadlessChromium.PageCheck scenario = chromium.open(page, SHOTS.resolve("scenario.png"), WIDTH);
        assertEquals("LostUpdateScenario · frontrun", scenario.title());
        assertTrue(scenario.errors().isEmpty(), "console errors on the scenario page: " + scenario.errors());
        assertEquals("", scenario.clipped(), "clipped on the scenario page at " + WIDTH + " px");

        Path error = report.resolve("scenarios/com.example.orders.BrokenScheduleScenario.html");
        HeadlessChromium.PageCheck broken = chromium.open(error, SHOTS.resolve("error-scenario.png"), WIDTH);
        assertTrue(broken.errors().isEmpty(), "console errors on the error page: " + broken.errors());
        assertEquals("", broken.clipped(), "clipped on the error page at " + WIDTH + " px");
        assertTrue(Files.readString(error).contains("badge ERROR"));

        for (String shot : new String[] {"overview.png", "scenario.png", "error-scenario.png"}) {
            byte[] png = Files.readAllBytes(SHOTS.resolve(shot));
            assertArrayEquals(PNG, Arrays.copyOf(png, 4), shot + " is not a PNG");
            assertTrue(png.length > 10_000, shot + " is suspiciously small: " + png.length + " bytes");
        }
    }

    /** The check itself can fail: a page that logs an error, throws, and has a bad SVG attribute is caught. */
    @Test
    void aPageWithErrorsIsCaught(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>bad</title></head><body>"
                + "<svg width=\"10\" height=\"10\"><rect width=\"NaN\" height=\"4\"/></svg>"
                + "<script>console.error('broken'); undefinedFunction();</script></body></html>");
        HeadlessChromium.PageCheck check = chromium.open(bad, dir.resolve("bad.png"));
        assertEquals("bad", check.title());
        String all = String.join("\n", check.errors());
        assertTrue(all.contains("broken"), all);
        assertTrue(all.contains("undefinedFunction"), all);
        assertTrue(all.contains("NaN"), all);
    }

    private static void save(Path dir) throws Exception {
        ScenarioResult.builder("com.example.orders.LostUpdateScenario", "Two logins add 1 in Java; one increment is lost",
                Expect.RACE, "a:orm_read, b:orm_read, a:orm_write, b:orm_write")
                .environment(new Environment("17.0.15", null, 42L, "test", null, null))
                .add(StrategyResult.builder("markers").verdict(Verdict.VIOLATED, "login_count was 1, expected 2")
                        .counts(10, 10, 1).reproductions(10, 10).wallMillis(1840)
                        .counterexample("a:orm_read, b:orm_read, a:orm_write, b:orm_write",
                                "Lost update: both threads read login_count before either wrote it back.")
                        .step(new TimelineStep("a", "LoginHandlers.java:41", "User user = session.get(User.class, 1L);",
                                "select ... from users where id=?"))
                        .step(new TimelineStep("b", "LoginHandlers.java:41", "User user = session.get(User.class, 1L);",
                                "select ... from users where id=?"))
                        .step(new TimelineStep("a", "LoginHandlers.java:43", "tx.commit();",
                                "update users set login_count=? where id=?"))
                        .step(new TimelineStep("b", "LoginHandlers.java:43", "tx.commit();",
                                "update users set login_count=? where id=?"))
                        .replay("new TraceExecutor(Schedule.parse(\"a:orm_read, b:orm_read, a:orm_write, b:orm_write\"))").build())
                .add(StrategyResult.builder("random").verdict(Verdict.VIOLATED, "lost update")
                        .counts(3, 1, 3).wallMillis(900).build())
                .add(StrategyResult.builder("dpor").verdict(Verdict.VIOLATED, "lost update")
                        .counts(2, 1, 2).exhaustive(false).wallMillis(700).build())
                .add(StrategyResult.builder("naive").verdict(Verdict.VIOLATED, "23 of 200 trials failed")
                        .counts(200, 23, 4).wallMillis(4310).build())
                .build().write(dir.resolve("com.example.orders.LostUpdateScenario.json"));
        String longPath = "/home/ci/builds/acme/orders-service/target/it/a-rather-long-module-name/src/test/java/"
                + "com/example/orders/with/a/deep/package/structure/BrokenScheduleScenario.java";
        ScenarioResult.builder("com.example.orders.BrokenScheduleScenario", "A SAFE scenario whose schedule has a typo",
                Expect.SAFE, "a:orm_read, b:orm_raed")
                .environment(new Environment("17.0.15", null, 42L, "test", null, null))
                .add(StrategyResult.builder("markers").verdict(Verdict.ERROR, "java.lang.IllegalArgumentException: The"
                        + " schedule names marker(s) [orm_raed] that no source declares. Source roots searched: ["
                        + longPath + ", " + longPath + "]").build())
                .add(StrategyResult.builder("random").verdict(Verdict.HOLDS, null).counts(200, 0, 0).wallMillis(5200)
                        .build())
                .add(StrategyResult.builder("dpor").verdict(Verdict.HOLDS, null).counts(40, 0, 0).exhaustive(true)
                        .wallMillis(2100).build())
                .build().write(dir.resolve("com.example.orders.BrokenScheduleScenario.json"));
        ScenarioResult.builder("com.example.orders.IncrementInSqlScenario", "The increment done in SQL", Expect.SAFE,
                "a:orm_read, b:orm_read, a:orm_write, b:orm_write")
                .environment(new Environment("17.0.15", null, 42L, "test", null, null))
                .add(StrategyResult.builder("markers").verdict(Verdict.HOLDS, null).counts(10, 0, 0).wallMillis(1620).build())
                .add(StrategyResult.builder("naive").verdict(Verdict.HOLDS, null).counts(200, 0, 0).wallMillis(3950).build())
                .build().write(dir.resolve("com.example.orders.IncrementInSqlScenario.json"));
        ResultFiles.writeRun(dir, new RunDescription(null, null, null, "embedded", "17.6", null));
    }
}
