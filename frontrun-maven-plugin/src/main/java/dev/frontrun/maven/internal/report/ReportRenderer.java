package dev.frontrun.maven.internal.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import dev.frontrun.internal.result.ScenarioResult;

/**
 * Renders the saved results, never running anything: {@code index.html} (scenario × strategy overview with a
 * failure-rate chart), one page per scenario (the counterexample timeline and a replay test), and a JUnit XML file per
 * scenario so that CI servers show findings like test failures. The pages are self-contained (inline CSS and SVG).
 */
public final class ReportRenderer {

    private final Configuration freemarker;

    /** Creates a renderer with the bundled templates ({@code .ftlh} HTML and {@code .ftlx} XML, auto-escaped). */
    public ReportRenderer() {
        freemarker = new Configuration(Configuration.VERSION_2_3_33);
        freemarker.setClassForTemplateLoading(ReportRenderer.class, "/dev/frontrun/maven/internal/report");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setNumberFormat("computer");
    }

    /**
     * @param resultsDir where the explore goal saved its JSON files
     * @param outputDir where the pages go (may be the same directory)
     * @return the overview page
     * @throws IOException when a file cannot be read or written, or a template fails
     */
    public Path render(Path resultsDir, Path outputDir) throws IOException {
        return render(MergedResults.read(List.of(resultsDir)), outputDir);
    }

    /**
     * @param merged the saved results of one or more results directories (CI shards)
     * @param outputDir where the pages go
     * @return the overview page
     * @throws IOException when a file cannot be written, or a template fails
     */
    public Path render(MergedResults merged, Path outputDir) throws IOException {
        List<ScenarioResult> results = merged.scenarios();
        Map<String, Object> model = ReportModel.of(results, merged.run());
        if (merged.sources().size() > 1) {
            model.put("sources", ReportModel.sources(merged));
        }
        Files.createDirectories(outputDir.resolve("scenarios"));
        Files.createDirectories(outputDir.resolve("junit"));
        Path index = outputDir.resolve("index.html");
        write("index.ftlh", model, index);
        for (ScenarioResult result : results) {
            Map<String, Object> page = new LinkedHashMap<>(model);
            page.put("scenario", ReportModel.scenario(result));
            page.put("scenarioCharts", ChartRows.of(List.of(result)));
            write("scenario.ftlh", page, outputDir.resolve("scenarios")
                    .resolve(scenarioPage(result.scenarioClass())));
            write("junit.ftlx", page, outputDir.resolve("junit")
                    .resolve("TEST-frontrun." + result.scenarioClass() + ".xml"));
        }
        return index;
    }

    /**
     * @param className a scenario class
     * @return the file name of its page under {@code scenarios/}
     */
    public static String scenarioPage(String className) {
        return className.replaceAll("[^A-Za-z0-9._-]", "_") + ".html";
    }

    private void write(String template, Map<String, Object> model, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            freemarker.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("The report template " + template + " failed on " + file.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }
}
