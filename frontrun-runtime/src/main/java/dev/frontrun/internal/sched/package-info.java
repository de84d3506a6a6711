/**
 * The controlled scheduler and its strategy SPI.
 *
 * <h2>Execution model</h2>
 * An {@link dev.frontrun.internal.sched.Execution} runs the worker bodies on pooled threads
 * ({@link dev.frontrun.internal.sched.WorkerPool}); threads they start become managed too. Exactly one managed
 * thread holds the run token. Every visible operation of a managed thread is a <em>scheduling point</em>: the thread
 * stops before the operation, with the operation known, and gives up the token; the strategy then picks the next
 * thread among those whose pending operation can run. The hand-off is a direct {@code LockSupport.unpark} of the
 * chosen thread. Monitors, wait sets, park permits and thread ends are modelled
 * ({@link dev.frontrun.internal.sched.Model}) so that a thread is never chosen into a block; no enabled thread
 * with none running freely is a deadlock (a wait-for cycle) or an all-blocked state. Blocking the model does not
 * cover (a socket read waiting for a server, a monitor the JVM blocks on) is caught by the watchdog
 * ({@link dev.frontrun.internal.sched.Watchdog}, run by {@link dev.frontrun.internal.sched.Execution#awaitEnd}): the
 * token holder is <em>detached</em> and the others run on; it rejoins at its next scheduling point. The package knows
 * no database: the database model ({@code internal.db}) attaches a
 * {@link dev.frontrun.internal.sched.DatabaseModel} to each execution and stops JDBC calls at points through
 * {@link dev.frontrun.internal.sched.StatementPoints}.
 *
 * <h2>Strategy SPI</h2>
 * A {@link dev.frontrun.internal.sched.SchedulingStrategy} sees, per execution:
 * <ol>
 * <li>{@code beginExecution(index)} (return {@code false} when exhausted);</li>
 * <li>at each step {@code choose(ChoicePoint)}: the step number and every stopped thread as a
 * {@link dev.frontrun.internal.sched.ThreadView} (id, enabled or blocked, pending
 * {@link dev.frontrun.internal.sched.Operation}); it returns an enabled thread id;</li>
 * <li>{@code executed(thread, op)}: the operation that ran (for {@code SPAWN} with the new thread's id);</li>
 * <li>{@code endExecution(completed)}.</li>
 * </ol>
 * An {@link dev.frontrun.internal.sched.Operation} has an {@link dev.frontrun.internal.vocab.OpKind}
 * ({@code READ/WRITE/RMW} and {@code VOLATILE_READ/VOLATILE_WRITE} of a resource; {@code LOCK_ACQUIRE/LOCK_RELEASE}
 * of a lock; {@code WAIT/NOTIFY}; {@code SPAWN/JOIN} of a thread; {@code PARK/UNPARK}; {@code SOCKET_READ/WRITE}
 * of {@code socket:host:port}; {@code SLEEP/YIELD}; {@code END}), a resource or lock id that is stable within an
 * execution (ids are handed out in order of first use, so two executions that take the same path agree), a display
 * name, and a source site. Two operations are dependent when they touch the same resource and one writes (socket
 * operations count as writes), or use the same lock; {@code SPAWN} precedes everything of the new thread and
 * {@code END} precedes a {@code JOIN} of that thread. Thread ids are 0.. for workers, then spawned threads in
 * spawn order. A systematic engine (DPOR) replays prefixes by answering {@code choose} from its own plan: the
 * scheduler is deterministic given the choices, except after a detach.
 */
package dev.frontrun.internal.sched;
