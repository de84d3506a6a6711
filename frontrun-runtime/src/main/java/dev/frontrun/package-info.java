/**
 * frontrun's public API: trace markers ({@link dev.frontrun.TraceExecutor}, {@link dev.frontrun.Schedule},
 * {@link dev.frontrun.Step}, {@link dev.frontrun.Frontrun#marker(String)}) and the naive baseline
 * ({@link dev.frontrun.NaiveBaseline}).
 */
package dev.frontrun;
