/**
 * Programs left out of the conformance catalogue because the engine cannot handle them yet.
 *
 * <ul>
 *   <li>DPOR's replayed prefixes diverge (random, PCT and POS give the right verdict):
 *       {@code PoolShutdownAwaitTermination} (a fixed pool of two threads), {@code ScheduledTasksRace} (a scheduled
 *       pool of two threads), {@code CompletableFuturesRace} (two async stages on a pool of two threads): which
 *       idle worker a queued task or an unpark reaches is decided by the queue's condition (AQS) inside the JDK.</li>
 *   <li>Likewise {@code ForkJoinTasksRace}, {@code ForkJoinSum}: work stealing between ForkJoinPool workers uses
 *       Unsafe/VarHandle updates and spinning that no scheduling point shows.</li>
 * </ul>
 *
 * The pools and fork/join pools need every JDK-internal synchronizer step of a pool thread as a scheduling point
 * (or DPOR events that carry the hidden updates a step makes after its scheduling point).
 */
package dev.frontrun.conformance.pending;
