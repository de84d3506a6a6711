package dev.frontrun.maven.internal.archfixture;

import dev.frontrun.internal.sched.Execution;

/** Breaks "the plugin uses only the runtime's API, results and fork protocol" on purpose, for ArchitectureTest. */
final class PluginFixtureUsingTheScheduler {
    Execution execution;
}
