/**
 * The fork side of the fork protocol, and the codec both sides share: JDK classes only, no Maven.
 *
 * <p>The plugin writes a {@link dev.frontrun.internal.fork.ForkConfiguration} file and starts
 * {@link dev.frontrun.internal.fork.ForkMain} with its path; the fork runs the
 * {@link dev.frontrun.internal.fork.ForkTask} named there and writes one
 * {@link dev.frontrun.internal.fork.ForkResult} file. Both files use
 * {@link dev.frontrun.internal.fork.KeyValueCodec}, versioned.
 *
 * <p><b>Moves to frontrun-runtime</b> (as {@code dev.frontrun.internal.fork}) once the runtime hosts the scenario
 * runner: the fork's class path then needs only the agent jar. Until then the launcher puts the plugin's own jar on
 * the fork's class path. Nothing in this package may use Maven or anything outside the JDK.
 */
package dev.frontrun.internal.fork;
