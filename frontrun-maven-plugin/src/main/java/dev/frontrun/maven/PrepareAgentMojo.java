package dev.frontrun.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.frontrun.internal.fork.BootJar;
import dev.frontrun.maven.internal.fork.AgentJar;

/**
 * Puts the frontrun agent on the test JVMs' command line, as JaCoCo's {@code prepare-agent} does: sets a property
 * ({@code argLine} by default, which Surefire and Failsafe read) to {@code -Xbootclasspath/a:<the agent's bridge jar>
 * -javaagent:<frontrun-runtime.jar>} followed by its earlier value (the bridge jar is written to
 * {@code target/frontrun/}). Tests that call {@code Frontrun.explore(...)} then get the agent at JVM start,
 * with no dynamic attach (and no warning about it on JDK 21+).
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifactMap;

    /** The property that receives the agent option; Surefire and Failsafe read {@code argLine}. */
    @Parameter(property = "frontrun.propertyName", defaultValue = "argLine")
    private String propertyName;

    /** Skips every frontrun goal. */
    @Parameter(property = "frontrun.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("frontrun: skipped (frontrun.skip).");
            return;
        }
        String agent;
        try {
            Path jar = AgentJar.find(pluginArtifactMap);
            // the agent's bridge at JVM start: the agent need not append it at run time, which would turn class data
            // sharing off for the application's classes (and make the JVM print a warning)
            Path boot = BootJar.write(jar, Path.of(project.getBuild().getDirectory(), "frontrun"));
            agent = "-Xbootclasspath/a:" + quote(boot.toString()) + " -javaagent:" + quote(jar.toString());
        } catch (IllegalStateException | IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        String earlier = project.getProperties().getProperty(propertyName);
        String value = earlier == null || earlier.isBlank() ? agent : agent + " " + earlier;
        project.getProperties().setProperty(propertyName, value);
        getLog().info("frontrun: " + propertyName + " set to " + value);
    }

    private static String quote(String path) {
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }
}
