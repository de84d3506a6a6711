/**
 * Programs left out of the conformance catalogue because DPOR cannot explore them yet (random, PCT and POS give
 * the right verdict on each): their replayed prefixes diverge, because two or more pool threads take work from
 * state inside the JDK that no scheduling point shows in the order it changes.
 *
 * <ul>
 *   <li>{@code PoolShutdownAwaitTermination} (a fixed pool of two threads), {@code ScheduledTasksRace} (a scheduled
 *       pool of two threads), {@code CompletableFuturesRace} (two async stages on a pool of two threads): which
 *       idle worker a queued task or an unpark reaches is decided by the queue's condition (AQS) inside the JDK.</li>
 *   <li>{@code ForkJoinTasksRace}, {@code ForkJoinSum}: work stealing between ForkJoinPool workers uses
 *       Unsafe/VarHandle updates and spinning that no scheduling point shows.</li>
 * </ul>
 *
 * What they need: every JDK-internal synchronizer step of a pool thread as a scheduling point (or DPOR events
 * that carry the hidden updates a step makes after its scheduling point).
 */
package dev.frontrun.conformance.pending;
