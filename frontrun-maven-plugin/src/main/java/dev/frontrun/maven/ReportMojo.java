package dev.frontrun.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import dev.frontrun.internal.result.ResultFiles;
import dev.frontrun.internal.result.RunDescription;
import dev.frontrun.internal.result.ScenarioResult;
import dev.frontrun.maven.internal.report.ReportRenderer;
import dev.frontrun.maven.internal.site.SiteSummary;

/**
 * The frontrun page of the Maven site: a summary of the race scenarios that the explore goal saved (scenario, declared
 * and graded outcome, each strategy's verdict and rate), with the full HTML report rendered beside it under
 * {@code frontrun/}. It renders saved results only and never runs a scenario: run {@code mvn verify} or
 * {@code mvn frontrun:explore} first. Without results the page says so.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Where the explore goal saved its results. */
    @Parameter(property = "frontrun.resultsDirectory", defaultValue = "${project.build.directory}/frontrun")
    private File resultsDirectory;

    /** Skips the report. */
    @Parameter(property = "frontrun.skip", defaultValue = "false")
    private boolean skip;

    /** Skips the report only (not the explore goal). */
    @Parameter(property = "frontrun.report.skip", defaultValue = "false")
    private boolean skipReport;

    @Override
    public String getOutputName() {
        return "frontrun";
    }

    @Override
    public String getName(Locale locale) {
        return "frontrun";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Race scenarios explored by frontrun: which ones race, and how each strategy fared against the naive"
                + " baseline.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && !skipReport;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        Path results = resultsDirectory.toPath();
        List<ScenarioResult> scenarios;
        RunDescription run;
        try {
            scenarios = ResultFiles.scenarios(results);
            run = ResultFiles.run(results);
            if (!scenarios.isEmpty()) {
                Path index = new ReportRenderer().render(results,
                        getReportOutputDirectory().toPath().resolve(SiteSummary.REPORT_DIR));
                getLog().info("frontrun: " + scenarios.size() + " scenario result(s) from " + results + "; report "
                        + index);
            } else {
                getLog().warn("frontrun: no results in " + results + "; run mvn verify or mvn frontrun:explore"
                        + " before mvn site.");
            }
        } catch (IOException e) {
            throw new MavenReportException("frontrun could not render the results in " + results + ": "
                    + e.getMessage(), e);
        }
        new SiteSummary(getSink(), scenarios, run, results.toString()).render();
    }
}
