/**
 * Optimal dynamic partial order reduction (source sets and wakeup trees, Abdulla, Aronis, Jonsson and Sagonas,
 * "Source Sets: A Foundation for Optimal Dynamic Partial Order Reduction", JACM 64(4), 2017) with sleep sets and
 * vector clocks, as a pure algorithm driven step by step by a scheduler.
 *
 * <p>The engine never runs anything itself. A scheduler stops every thread before its next visible operation,
 * tells {@link dev.frontrun.internal.dpor.DporExplorer#choose} which threads exist, which are enabled and what each
 * will do next, runs the chosen one and reports it with
 * {@link dev.frontrun.internal.dpor.DporExplorer#executed}. The engine explores one execution per Mazurkiewicz
 * trace of the dependency relation defined by {@link dev.frontrun.internal.dpor.Dependence}.
 */
package dev.frontrun.internal.dpor;
