/** The exploration loop: runs executions under a strategy, judges them, replays and explains counterexamples. */
package dev.frontrun.internal.explore;
