package dev.frontrun.internal.dpor;

/**
 * An event of an execution, or a step of a wakeup sequence: which thread performs which operation.
 *
 * @param thread the thread id
 * @param op     the operation it performs
 */
public record Choice(int thread, Op op) {

    @Override
    public String toString() {
        return thread + ":" + op;
    }
}
