package dev.frontrun.maven.internal.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

import dev.frontrun.internal.result.Environment;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.maven.internal.report.ReportRenderer;

/**
 * The "frontrun" page of the Maven site: one row per scenario (declared and graded outcome, and per strategy its
 * verdict and rate) with links into the full HTML report that sits beside it in {@value #REPORT_DIR}/. Without
 * results it says so and how to produce them.
 */
public final class SiteSummary extends AbstractMavenReportRenderer {

    /** The full report's directory, relative to the site page. */
    public static final String REPORT_DIR = "frontrun";

    private final List<ScenarioResult> results;
    private final RunDescription run;
    private final String resultsDir;

    /**
     * @param sink where the page goes
     * @param results the saved scenario results (may be empty)
     * @param run the run description (may be empty)
     * @param resultsDir where the results were looked for (one or more directories), for the message when there are
     *        none
     */
    public SiteSummary(Sink sink, List<ScenarioResult> results, RunDescription run, String resultsDir) {
        super(sink);
        this.results = List.copyOf(results);
        this.run = run;
        this.resultsDir = resultsDir;
    }

    @Override
    public String getTitle() {
        return "frontrun";
    }

    @Override
    protected void renderBody() {
        startSection("frontrun race scenarios");
        if (results.isEmpty()) {
            paragraph("No frontrun results in " + resultsDir + ".");
            paragraph("Produce them first: run mvn verify (with the frontrun explore goal bound in the build) or"
                    + " mvn frontrun:explore, then mvn site again. This report only renders saved results; it never"
                    + " runs scenarios.");
            endSection();
            return;
        }
        long passed = results.stream().filter(r -> r.grade().passes()).count();
        Environment env = results.get(0).environment();
        paragraph(passed + " of " + results.size() + " scenario(s) as declared. Seed " + value(env.seed(), "?")
                + ", JDK " + value(env.jdk(), "?") + ", PostgreSQL " + value(run.databaseVersion(), "-")
                + " (" + value(run.databaseProvider(), "no database") + "), frontrun "
                + value(env.frontrunVersion(), "?") + "."
                + (run.shard() == null ? "" : " CI shard(s) " + run.shard() + " (frontrun.shard)."));
        sink.paragraph();
        sink.text("The full report, with the failure-rate chart, every counterexample's timeline and a replay test: ");
        link(REPORT_DIR + "/index.html", REPORT_DIR + "/index.html");
        sink.paragraph_();
        table();
        endSection();
    }

    private void table() {
        List<String> strategies = strategyNames();
        List<String> headers = new ArrayList<>(List.of("Scenario", "Declared", "Outcome"));
        headers.addAll(strategies);
        startTable();
        tableHeader(headers.toArray(new String[0]));
        for (ScenarioResult r : results) {
            sink.tableRow();
            sink.tableCell();
            link(REPORT_DIR + "/scenarios/" + ReportRenderer.scenarioPage(r.scenarioClass()), r.name());
            sink.tableCell_();
            cell(r.expect().name());
            cell(r.grade().status() + ": " + r.grade().message());
            for (String name : strategies) {
                cell(r.strategies().stream().filter(st -> name.equals(st.strategy())).findFirst()
                        .map(StrategyCell::text).orElse("not run"));
            }
            sink.tableRow_();
        }
        endTable();
    }

    /** A cell of plain text (never link-patterned, so names with braces stay as they are). */
    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private List<String> strategyNames() {
        Set<String> names = new LinkedHashSet<>();
        results.forEach(r -> r.strategies().forEach(st -> names.add(st.strategy())));
        return new ArrayList<>(names);
    }

    private static String value(Object v, String absent) {
        return v == null ? absent : String.valueOf(v);
    }
}
