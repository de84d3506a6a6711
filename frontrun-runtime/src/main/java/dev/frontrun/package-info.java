/**
 * frontrun's public API: {@link dev.frontrun.Frontrun#explore} explores thread interleavings of unmodified code and
 * returns an {@link dev.frontrun.ExplorationResult} with a replayable {@link dev.frontrun.Interleaving}.
 */
package dev.frontrun;
