package dev.frontrun.internal.dpor;

/**
 * What the scheduler tells the engine about one live thread before each choice.
 *
 * @param id      the thread id: non-negative, small (it indexes arrays) and stable across executions (for example
 *                the spawn order), so that replaying a prefix addresses the same threads
 * @param enabled whether the thread can perform {@code pending} now (false while it waits for a lock, a join, a
 *                notification or a permit)
 * @param pending the operation the thread will perform next; for a thread about to finish, {@link Op#end()}
 */
public record ThreadState(int id, boolean enabled, Op pending) {
}
