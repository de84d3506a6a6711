/**
 * Launching one JVM per scenario: {@link dev.frontrun.maven.internal.fork.ForkSpec} (java, {@code -javaagent},
 * {@code argLine}, class path, system properties, main class, timeout), {@link dev.frontrun.maven.internal.fork.ForkLauncher}
 * for one fork, {@link dev.frontrun.maven.internal.fork.ForkPool} for several in parallel, and a typed
 * {@link dev.frontrun.maven.internal.fork.ForkOutcome} carrying the command line, exit code and log file.
 *
 * <p>The fork side (main class, configuration and result codec) is in
 * {@link dev.frontrun.internal.fork}, which uses no Maven classes.
 */
package dev.frontrun.maven.internal.fork;
