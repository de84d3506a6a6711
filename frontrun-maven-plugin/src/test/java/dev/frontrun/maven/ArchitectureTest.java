package dev.frontrun.maven;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The import rules of the architecture page ({@code src/site/markdown/architecture.md}) that hold today, checked on
 * the runtime's and the plugin's main classes; and each rule checked against a class that breaks it, so that a rule
 * that can no longer fail fails here.
 */
class ArchitectureTest {

    private static final String[] JDK = {"java..", ""};

    static final ArchRule RUNTIME_KNOWS_NO_BUILD_TOOL = noClasses()
            .that().resideInAPackage("dev.frontrun..").and().resideOutsideOfPackage("dev.frontrun.maven..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..",
                    "com.github.dockerjava..", "freemarker..", "com.fasterxml.jackson..", "dev.frontrun.maven..")
            .because("the runtime runs in the scenario's JVM and in plain JUnit tests, without Maven");

    static final ArchRule PLUGIN_USES_API_RESULTS_AND_FORK_PROTOCOL = noClasses()
            .that().resideInAPackage("dev.frontrun.maven..")
            .should().dependOnClassesThat(resideInAPackage("dev.frontrun.internal..")
                    .and(not(resideInAnyPackage("dev.frontrun.internal.result..", "dev.frontrun.internal.fork.."))))
            .because("the plugin talks to the runtime through its public API and the fork's two codecs");

    static final ArchRule DPOR_STANDS_ALONE = classes()
            .that().resideInAPackage("dev.frontrun.internal.dpor..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("dev.frontrun.internal.dpor.."))
            .because("DPOR is a pure algorithm driven by the scheduler, testable without it");

    static final ArchRule SQL_STANDS_ALONE = classes()
            .that().resideInAPackage("dev.frontrun.internal.sql..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("dev.frontrun.internal.sql..",
                    "net.sf.jsqlparser..", "dev.frontrun.internal.shaded.jsqlparser.."))
            .because("the SQL model knows neither the JDBC driver nor the scheduler");

    static final ArchRule CODECS_NEED_ONLY_THE_JDK_AND_THE_API = classes()
            .that().resideInAnyPackage("dev.frontrun.internal.result..", "dev.frontrun.internal.fork..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("dev.frontrun.internal.result..",
                    "dev.frontrun.internal.fork..", "dev.frontrun", "dev.frontrun.scenario"))
            .because("both the plugin and the scenario's JVM load the result and fork codecs");

    static final ArchRule SCHEDULER_KNOWS_NO_DATABASE = noClasses()
            .that().resideInAPackage("dev.frontrun.internal.sched..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.frontrun.internal.db..",
                    "dev.frontrun.internal.jdbc..", "dev.frontrun.internal.pg..", "dev.frontrun.internal.sql..")
            .because("the database model drives the scheduling core through StatementPoints and DatabaseModel");

    static final ArchRule VOCABULARY_STANDS_ALONE = classes()
            .that().resideInAPackage("dev.frontrun.internal.vocab..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(with("dev.frontrun.internal.vocab.."))
            .because("instrumentation and scheduling core share it, so it must need neither");

    /**
     * Every package below {@code dev.frontrun} is a slice; the root package {@code dev.frontrun} (the public API) is
     * not one: it is the entry layer, calling into the internals whose results use its value types ({@code Verdict},
     * {@code Step}).
     */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("dev.frontrun.(**)")
            .should().beFreeOfCycles()
            .because("a package cycle makes the layers of the architecture page meaningless");

    private static final Map<ArchRule, List<Class<?>>> FIXTURES = Map.of(
            SCHEDULER_KNOWS_NO_DATABASE, fixture("dev.frontrun.internal.sched.SchedFixtureUsingTheDatabase"),
            VOCABULARY_STANDS_ALONE, fixture("dev.frontrun.internal.vocab.VocabFixtureUsingTheScheduler"),
            RUNTIME_KNOWS_NO_BUILD_TOOL, fixture("dev.frontrun.internal.explore.RuntimeFixtureUsingMaven"),
            PLUGIN_USES_API_RESULTS_AND_FORK_PROTOCOL,
            fixture("dev.frontrun.maven.internal.archfixture.PluginFixtureUsingTheScheduler"),
            DPOR_STANDS_ALONE, fixture("dev.frontrun.internal.dpor.DporFixtureUsingTheScheduler"),
            SQL_STANDS_ALONE, fixture("dev.frontrun.internal.sql.SqlFixtureUsingJdbc"),
            CODECS_NEED_ONLY_THE_JDK_AND_THE_API, fixture("dev.frontrun.internal.result.ResultFixtureUsingTheScheduler"),
            NO_PACKAGE_CYCLES, fixture("dev.frontrun.maven.internal.archfixture.cycle.one.CycleFixtureOne",
                    "dev.frontrun.maven.internal.archfixture.cycle.two.CycleFixtureTwo"));

    private static JavaClasses mainClasses() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/dev/frontrun/internal/shaded/"))
                .importPackages("dev.frontrun");
    }

    @Test
    void theMainClassesKeepEveryRule() {
        JavaClasses classes = mainClasses();
        assertTrue(classes.contain("dev.frontrun.internal.dpor.DporExplorer"), "the runtime's classes are imported");
        assertTrue(classes.contain("dev.frontrun.maven.ExploreMojo"), "the plugin's classes are imported");
        for (ArchRule rule : FIXTURES.keySet()) {
            rule.check(classes);
        }
    }

    @Test
    void everyRuleFailsOnAClassThatBreaksIt() {
        for (Map.Entry<ArchRule, List<Class<?>>> e : FIXTURES.entrySet()) {
            JavaClasses fixture = new ClassFileImporter().importClasses(e.getValue());
            assertTrue(e.getKey().evaluate(fixture).hasViolation(),
                    "the rule does not catch " + e.getValue() + ": " + e.getKey().getDescription());
        }
    }

    private static String[] with(String... packages) {
        List<String> all = new java.util.ArrayList<>(List.of(JDK));
        all.addAll(List.of(packages));
        return all.toArray(new String[0]);
    }

    /** @return the classes that together break one rule (a cycle takes two) */
    private static List<Class<?>> fixture(String... names) {
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the architecture fixture " + name + " is missing", e);
            }
        }
        return classes;
    }
}
