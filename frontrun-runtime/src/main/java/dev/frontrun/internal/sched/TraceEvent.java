package dev.frontrun.internal.sched;

/**
 * One executed operation of an execution's trace.
 *
 * @param step its position in the execution
 * @param thread the managed thread id
 * @param op the operation
 */
public record TraceEvent(int step, int thread, Operation op) {
}
