package dev.frontrun.internal.sched;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;

import dev.frontrun.internal.vocab.Scope;

/**
 * How a managed thread was stuck when the watchdog detached it, in words a user can act on: its state, the monitor
 * and its owner when it was blocked on one, the innermost line of the exploration's code and the frame it was in.
 */
final class Detachment {

    private Detachment() {
    }

    /** @return for example {@code thread 3 was BLOCKED on java.lang.Object@1b2c3d held by "pool-1" at Foo.java:12} */
    static String describe(ManagedThread t, Thread.State state) {
        StringBuilder s = new StringBuilder("thread ").append(t.id).append(" was ").append(state);
        ThreadInfo info = ManagementFactory.getThreadMXBean().getThreadInfo(t.thread.getId());
        if (info != null && info.getLockInfo() != null) {
            s.append(" on ").append(info.getLockInfo());
            if (info.getLockOwnerName() != null) {
                s.append(" held by \"").append(info.getLockOwnerName()).append('"');
            }
        }
        StackTraceElement[] stack = t.thread.getStackTrace();
        Scope scope = Scope.current();
        for (StackTraceElement f : stack) {
            if (scope.covers(f.getClassName())) {
                s.append(" at ").append(f);
                break;
            }
        }
        if (stack.length > 0) {
            s.append(" (in ").append(stack[0]).append(')');
        }
        return s.toString();
    }
}
