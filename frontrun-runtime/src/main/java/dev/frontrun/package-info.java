/**
 * frontrun's public API: {@link dev.frontrun.Frontrun#explore} explores thread interleavings of unmodified code and
 * returns an {@link dev.frontrun.ExplorationResult} with a replayable {@link dev.frontrun.Interleaving};
 * trace markers ({@link dev.frontrun.TraceExecutor}, {@link dev.frontrun.Schedule}, {@link dev.frontrun.Step},
 * {@link dev.frontrun.Frontrun#marker(String)}) force a chosen order of marked lines; the naive baseline
 * ({@link dev.frontrun.NaiveBaseline}) measures how often plain threads hit a race.
 */
package dev.frontrun;
