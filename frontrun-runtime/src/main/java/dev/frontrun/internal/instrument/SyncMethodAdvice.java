package dev.frontrun.internal.instrument;

import net.bytebuddy.asm.Advice;

import dev.frontrun.internal.bootstrap.Bridge;

/** Reports entry to and exit from synchronized methods of included classes (the JVM takes the monitor itself). */
public final class SyncMethodAdvice {

    private SyncMethodAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This(optional = true) Object self, @Advice.Origin Class<?> type) {
        Bridge.syncMethodEnter(self != null ? self : type);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.This(optional = true) Object self, @Advice.Origin Class<?> type) {
        Bridge.syncMethodExit(self != null ? self : type);
    }
}
