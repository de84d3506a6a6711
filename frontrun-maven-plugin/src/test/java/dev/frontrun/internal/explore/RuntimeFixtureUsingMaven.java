package dev.frontrun.internal.explore;

import org.apache.maven.plugin.MojoExecutionException;

/** Breaks "the runtime never imports Maven" on purpose, for ArchitectureTest's check of its own rules. */
final class RuntimeFixtureUsingMaven {
    MojoExecutionException failure;
}
