package dev.frontrun.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.scenario.Expect;

/** The report goal renders the saved results into a doxia page and the full report beside it; it never runs one. */
class ReportMojoTest {

    @TempDir
    Path results;

    @TempDir
    Path site;

    private String generate() throws Exception {
        ReportMojo mojo = new ReportMojo();
        Field dir = ReportMojo.class.getDeclaredField("resultsDirectory");
        dir.setAccessible(true);
        dir.set(mojo, results.toFile());
        mojo.setReportOutputDirectory(site.toFile());
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        mojo.generate(sink, Locale.ENGLISH);
        sink.close();
        return html.toString();
    }

    @Test
    void summarisesEveryScenarioAndLinksTheFullReport() throws Exception {
        ScenarioResult.builder("com.acme.Lost{Update}", "two logins", Expect.RACE, "a:r, b:r, a:w, b:w")
                .environment(new Environment("17.0.15", null, 7L, "t", null, null))
                .add(StrategyResult.builder("markers").verdict(Verdict.VIOLATED, "x").counts(10, 10, 1)
                        .reproductions(10, 10).build())
                .add(StrategyResult.builder("naive").verdict(Verdict.VIOLATED, "y").counts(200, 23, 4).build())
                .build().write(results.resolve("com.acme.Lost{Update}.json"));
        ScenarioResult.builder("com.acme.Safe<b>", null, Expect.SAFE, "a:x, b:x")
                .add(StrategyResult.builder("markers").verdict(Verdict.INCONCLUSIVE,
                        "the schedule is infeasible for this code: Schedule incomplete\n  Thread a ...").counts(1, 0, 0).build())
                .add(StrategyResult.builder("naive").verdict(Verdict.HOLDS, null).counts(200, 0, 0).build())
                .build().write(results.resolve("com.acme.Safe.json"));
        ScenarioResult.builder("com.acme.OnlyNaive", null, Expect.SAFE, null)
                .add(StrategyResult.builder("naive").verdict(Verdict.HOLDS, null).counts(200, 0, 0).build())
                .build().write(results.resolve("com.acme.OnlyNaive.json"));

        String html = generate();

        assertTrue(html.contains("3 of 3 scenario(s) as declared"), html);
        assertTrue(html.contains("Seed 7, JDK 17.0.15"), html);
        assertTrue(html.contains("Lost{Update}"), "braces are text, not a link pattern: " + html);
        assertTrue(html.contains("Safe&lt;b&gt;"), html);
        assertFalse(html.contains("Safe<b>"), html);
        assertTrue(html.contains("FOUND: the documented race was reproduced by markers, naive"), html);
        assertTrue(html.contains("VIOLATED: 10/10 executions failed, first at #1, reproduced 10/10"), html);
        assertTrue(html.contains("VIOLATED: 23/200 trials failed (11.5%)"), html);
        assertTrue(html.contains("HOLDS: 0/200 trials failed (0.0%)"), html);
        assertTrue(html.contains("INCONCLUSIVE: 0/1 executions failed - the schedule is infeasible for this code:"
                + " Schedule incomplete<"), "an inconclusive verdict says why, in one line: " + html);
        assertTrue(html.contains(">not run<"), "OnlyNaive has no markers result: " + html);
        assertTrue(html.contains("href=\"frontrun/index.html\""), html);
        String link = "frontrun/scenarios/com.acme.Lost_Update_.html";
        assertTrue(html.contains(link), html);
        assertTrue(Files.isRegularFile(site.resolve(link)), "the link has its page");
        assertTrue(Files.readString(site.resolve("frontrun/index.html")).contains("Lost{Update}"));
        assertFalse(Files.exists(results.resolve("forks")), "the report goal never forks");
    }

    @Test
    void withoutResultsItSaysHowToProduceThem() throws Exception {
        String html = generate();
        assertTrue(html.contains("No frontrun results in " + results), html);
        assertTrue(html.contains("mvn verify") && html.contains("mvn frontrun:explore"), html);
        assertFalse(Files.exists(site.resolve("frontrun")), "nothing to render");
    }

    @Test
    void aResultOfAnotherVersionIsAReportErrorThatSaysWhatToDo() throws Exception {
        Files.writeString(results.resolve("x.json"), "{\"format\":\"frontrun-scenario-result\",\"formatVersion\":9}");
        MavenReportException e = assertThrows(MavenReportException.class, this::generate);
        assertTrue(e.getMessage().contains("run the explore goal again"), e.getMessage());
    }

    @Test
    void itIsAProjectReportNamedFrontrun() throws Exception {
        ReportMojo mojo = new ReportMojo();
        assertEquals("frontrun", mojo.getOutputName());
        assertEquals(ReportMojo.CATEGORY_PROJECT_REPORTS, mojo.getCategoryName());
        assertTrue(mojo.canGenerateReport());
    }
}
