package dev.frontrun.maven.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import dev.frontrun.Verdict;
import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.ResultFiles;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.internal.result.StrategyResult;
import dev.frontrun.internal.result.TimelineStep;
import dev.frontrun.scenario.Expect;

class ReportRendererTest {

    @TempDir
    Path dir;

    private void save(String cls, Expect expect, StrategyResult... strategies) throws IOException {
        ScenarioResult.Builder r = ScenarioResult.builder(cls, "desc <script>alert('d')</script>", expect, "a:read, b:read")
                .environment(new Environment("17", null, 42L, "test", null, null));
        for (StrategyResult s : strategies) {
            r.add(s);
        }
        r.build().write(dir.resolve(cls + ".json"));
    }

    private static StrategyResult violated() {
        return StrategyResult.builder("markers").verdict(Verdict.VIOLATED, "the invariant was false")
                .counts(10, 10, 1).reproductions(10, 10)
                .counterexample("a:read, b:read", "Race <script>x()</script> found & explained")
                .step(new TimelineStep("a", "Counter.java:4", "int v = c.value; // <b>", "[read Counter.value]"))
                .step(new TimelineStep("b", "Counter.java:4", "int v = c.value;", "[read Counter.value]"))
                .replay("assertFalse(scenario.holds(state));").build();
    }

    @Test
    void hostileNamesAndSqlAreEscapedEverywhere() throws Exception {
        save("com.acme.Evil<script>", Expect.SAFE, violated(),
                StrategyResult.builder("naive").verdict(Verdict.VIOLATED, "3/100").counts(100, 3, 0).build());
        Path index = new ReportRenderer().render(dir, dir);
        String html = Files.readString(index);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert("), html);
        assertTrue(html.contains("UNEXPECTED_RACE"), html);
        assertTrue(html.contains("3/100 trials failed (3.0%)"), html);
        assertTrue(html.contains("<svg"), html);
        String page = Files.readString(dir.resolve("scenarios/com.acme.Evil_script_.html"));
        assertFalse(page.contains("<script>"), page);
        assertTrue(page.contains("Race &lt;script&gt;x()&lt;/script&gt; found &amp; explained"), page);
        assertTrue(page.contains("Thread a"), page);
        assertTrue(page.contains("assertFalse(scenario.holds(state));"), page);
    }

    @Test
    void junitXmlShowsAViolationOfASafeScenarioAsAFailure() throws Exception {
        save("com.acme.Counter", Expect.SAFE, violated());
        new ReportRenderer().render(dir, dir);
        Path xml = dir.resolve("junit/TEST-frontrun.com.acme.Counter.xml");
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                .getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals(2, suite.getElementsByTagName("testcase").getLength());
    }

    @Test
    void aDocumentedRaceThatIsFoundPassesInJunitXml() throws Exception {
        save("com.acme.Known", Expect.RACE, violated());
        new ReportRenderer().render(dir, dir);
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(dir.resolve("junit/TEST-frontrun.com.acme.Known.xml").toFile()).getDocumentElement();
        assertEquals("0", suite.getAttribute("failures"));
        assertTrue(Files.readString(dir.resolve("index.html")).contains("FOUND"));
    }

    @Test
    void aResultOfAnotherVersionIsRefusedWithWhatToDo() throws Exception {
        Files.writeString(dir.resolve("x.json"), "{\"format\":\"frontrun-scenario-result\",\"formatVersion\":9}");
        IOException e = assertThrows(IOException.class, () -> new ReportRenderer().render(dir, dir));
        assertTrue(e.getMessage().contains("run the explore goal again"), e.getMessage());
    }

    @Test
    void theRunDescriptionIsShown() throws Exception {
        save("com.acme.Counter", Expect.SAFE, violated());
        ResultFiles.writeRun(dir, new RunDescription(null, null, null, "embedded", "17.6", null));
        String html = Files.readString(new ReportRenderer().render(dir, dir));
        assertTrue(html.contains("17.6 (embedded)"), html);
    }
}
