package dev.frontrun.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import dev.frontrun.maven.internal.report.MergedResults;
import dev.frontrun.maven.internal.report.ReportRenderer;
import dev.frontrun.maven.internal.site.SiteSummary;

/**
 * The frontrun page of the Maven site: a summary of the race scenarios that the explore goal saved (scenario, declared
 * and graded outcome, each strategy's verdict and rate), with the full HTML report rendered beside it under
 * {@code frontrun/}. It renders saved results only and never runs a scenario: run {@code mvn verify} or
 * {@code mvn frontrun:explore} first. Without results the page says so. With {@code resultsDirectories} it merges
 * several results directories (the CI shards of one build) into one page.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** Where the explore goal saved its results. */
    @Parameter(property = "frontrun.resultsDirectory", defaultValue = "${project.build.directory}/frontrun")
    private File resultsDirectory;

    /**
     * Several results directories to merge into one report, e.g. the CI shards' {@code target/frontrun}
     * (comma-separated); when set, {@code resultsDirectory} is not read. A scenario found in two of them is an error.
     */
    @Parameter(property = "frontrun.resultsDirectories")
    private List<File> resultsDirectories;

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
        List<Path> dirs = resultsDirectories == null || resultsDirectories.isEmpty()
                ? List.of(resultsDirectory.toPath())
                : resultsDirectories.stream().map(File::toPath).toList();
        String where = dirs.stream().map(Path::toString).collect(Collectors.joining(", "));
        MergedResults merged;
        try {
            merged = MergedResults.read(dirs);
            if (!merged.scenarios().isEmpty()) {
                Path index = new ReportRenderer().render(merged,
                        getReportOutputDirectory().toPath().resolve(SiteSummary.REPORT_DIR));
                getLog().info("frontrun: " + merged.scenarios().size() + " scenario result(s) from " + where
                        + (merged.run().shard() == null ? "" : " (shards " + merged.run().shard() + ")")
                        + "; report " + index);
                if (!merged.missingShards().isEmpty()) {
                    getLog().warn("frontrun: the report lacks shard(s) " + String.join(", ", merged.missingShards())
                            + ": add their results directories to frontrun.resultsDirectories.");
                }
            } else {
                getLog().warn("frontrun: no results in " + where + "; run mvn verify or mvn frontrun:explore"
                        + " before mvn site.");
            }
        } catch (IOException e) {
            throw new MavenReportException("frontrun could not render the results in " + where + ": "
                    + e.getMessage(), e);
        }
        new SiteSummary(getSink(), merged.scenarios(), merged.run(), where).render();
    }
}
