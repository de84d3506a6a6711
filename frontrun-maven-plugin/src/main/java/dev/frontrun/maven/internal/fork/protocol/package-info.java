/**
 * The fork side of the fork protocol, and the codec both sides share: JDK classes only, no Maven.
 *
 * <p>The plugin writes a {@link dev.frontrun.maven.internal.fork.protocol.ForkConfiguration} file and starts
 * {@link dev.frontrun.maven.internal.fork.protocol.ForkMain} with its path; the fork runs the
 * {@link dev.frontrun.maven.internal.fork.protocol.ForkTask} named there and writes one
 * {@link dev.frontrun.maven.internal.fork.protocol.ForkResult} file. Both files use
 * {@link dev.frontrun.maven.internal.fork.protocol.KeyValueCodec}, versioned.
 *
 * <p><b>Moves to frontrun-runtime</b> (as {@code dev.frontrun.internal.fork}) once the runtime hosts the scenario
 * runner: the fork's class path then needs only the agent jar. Until then the launcher puts the plugin's own jar on
 * the fork's class path. Nothing in this package may use Maven or anything outside the JDK.
 */
package dev.frontrun.maven.internal.fork.protocol;
