/**
 * The fork protocol between the Maven plugin and a scenario's JVM, with the codec both sides share: JDK classes
 * only, no Maven.
 *
 * <p>The plugin writes a {@link dev.frontrun.internal.fork.ForkConfiguration} file and starts
 * {@link dev.frontrun.internal.fork.ForkMain} with its path; the fork runs the
 * {@link dev.frontrun.internal.fork.ForkTask} named there and writes one
 * {@link dev.frontrun.internal.fork.ForkResult} file. Both files use
 * {@link dev.frontrun.internal.fork.KeyValueCodec}, versioned. A scenario fork's entries are a typed
 * {@link dev.frontrun.internal.fork.ScenarioConfiguration} (with its {@link dev.frontrun.internal.fork.RunSettings}
 * and {@link dev.frontrun.internal.fork.DatabaseEndpoint}), which names every key and default once.
 *
 * <p>A fast start for the JVMs that get the agent at start-up ({@code -javaagent}), prepared by the plugin once per
 * build: the agent's bridge on {@code -Xbootclasspath/a} ({@link dev.frontrun.internal.fork.BootJar}), so that the
 * agent need not append it at run time (which turns class data sharing off for every class loader but the bootstrap
 * one), and a class data sharing archive of the classes the agent loads before its first execution, dumped by a
 * training JVM ({@link dev.frontrun.internal.fork.StartupArchive}, {@link dev.frontrun.internal.fork.StartupTraining}).
 *
 * <p>The fork's class path holds the project's test class path and the agent jar, which contains this package.
 */
package dev.frontrun.internal.fork;
