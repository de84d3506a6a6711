/**
 * Programs left out of the conformance catalogue because the engine cannot handle them yet; each gives the right
 * verdict or fails closed (never a false exhaustive HOLDS) under every strategy, but misses one of the catalogue's
 * bars.
 *
 * <ul>
 *   <li>DPOR explores the pool's internal interleavings exactly (no divergence since the worker's idling became
 *       its scheduling point and futures are named by their creator), but needs more than the catalogue's 1,000
 *       executions: {@code PoolShutdownAwaitTermination} (a fixed pool of two, timed awaitTermination: exhaustive
 *       HOLDS after 1,134), {@code ScheduledTasksRace} (the race is not among the first 1,000),
 *       {@code InvokeAllRace} and {@code InvokeAnyFirstResult} (invokeAll and invokeAny touch the futures they
 *       create, so their steps depend on every java.util.concurrent step: the race is not among the first 1,000).
 *       Random, PCT and POS find or certify them.</li>
 *   <li>{@code InvokeAnyOneResult}: under DPOR an execution can run past its time limit (a pool thread that
 *       invokeAny cancels with an interrupt keeps running without reaching a scheduling point), so the exploration
 *       ends INCONCLUSIVE.</li>
 *   <li>{@code CompletableFuturesRace}: POS finds the lost update, but its counterexample does not always replay.</li>
 *   <li>{@code ForkJoinTasksRace}, {@code ForkJoinSum}: work stealing between ForkJoinPool workers uses
 *       Unsafe/VarHandle updates and spinning that no scheduling point shows; on JDK 25 PCT's counterexample of the
 *       race does not always replay, and DPOR's exhaustive HOLDS of the sum is not backed by a model of the
 *       pool's queues.</li>
 * </ul>
 */
package dev.frontrun.conformance.pending;
