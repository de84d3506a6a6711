package dev.frontrun.internal.dpor;

/**
 * A test thread as a step function over its own state: {@link #next()} returns the step it will perform next
 * (its pending operation), or null when it has nothing left but to end. Effects of steps advance {@link #pc}.
 * A fresh body is made for every execution.
 */
abstract class ThreadBody {

    /** The program counter; effects move it. */
    int pc;

    /** @return the next step, or null when the thread is done */
    abstract Instr next();
}
