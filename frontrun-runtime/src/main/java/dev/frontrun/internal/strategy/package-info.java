/**
 * Scheduling strategies: random with fair bursts, PCT, POS, and replay of a recorded schedule. Each is a small
 * {@link dev.frontrun.internal.sched.SchedulingStrategy}; all randomness comes from the seed given at construction.
 */
package dev.frontrun.internal.strategy;
