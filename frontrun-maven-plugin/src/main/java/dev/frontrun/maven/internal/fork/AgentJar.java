package dev.frontrun.maven.internal.fork;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;

import org.apache.maven.artifact.Artifact;

/**
 * Finds the agent jar among the plugin's own resolved dependencies, as JaCoCo does: the mojo declares
 * {@code @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true) Map<String, Artifact> pluginArtifactMap}
 * and passes it here. Nothing is downloaded: Maven resolved the jar when it loaded the plugin.
 */
public final class AgentJar {

    /** The key of the runtime (agent) artifact in the plugin's artifact map. */
    public static final String RUNTIME_KEY = "dev.frontrun:frontrun-runtime";

    private AgentJar() {
    }

    /**
     * Returns the frontrun-runtime jar, which is the agent jar ({@code Premain-Class} in its manifest).
     *
     * @param pluginArtifactMap the plugin descriptor's artifact map ({@code groupId:artifactId} to artifact)
     * @return the jar file
     * @throws IllegalStateException when the artifact or its file is missing: a broken plugin installation
     */
    public static Path find(Map<String, Artifact> pluginArtifactMap) {
        Artifact artifact = pluginArtifactMap == null ? null : pluginArtifactMap.get(RUNTIME_KEY);
        if (artifact == null) {
            throw new IllegalStateException("The frontrun agent (" + RUNTIME_KEY + ") is not among the plugin's"
                    + " dependencies " + (pluginArtifactMap == null ? "[]" : pluginArtifactMap.keySet()) + ". The"
                    + " plugin installation is broken: perhaps run with -U, or check that the plugin's dependencies"
                    + " are not overridden in <plugin><dependencies>.");
        }
        File file = artifact.getFile();
        if (file == null || !file.isFile()) {
            throw new IllegalStateException("The frontrun agent " + artifact + " resolved to '" + file + "', which is"
                    + " not a jar file. In a reactor build, run at least 'package' for frontrun-runtime before the"
                    + " plugin runs (e.g. mvn verify, not mvn compile).");
        }
        return file.toPath();
    }
}
