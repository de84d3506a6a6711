package dev.frontrun.internal.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** Advice inlined into {@code java.sql.Statement} implementations. Each body is one guarded hook call. */
final class StatementAdvice {

    private StatementAdvice() {
    }

    /** {@code execute*} and {@code executeBatch}/{@code executeLargeBatch}. */
    static final class Execute {
        private Execute() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = JdbcHooks.Veto.class)
        static Object enter(@Advice.This Object self, @Advice.Origin("#m") String method,
                @Advice.Argument(value = 0, optional = true, typing = Assigner.Typing.DYNAMIC) Object sql) {
            return JdbcHooks.listening ? JdbcHooks.beforeExecute(self, method, sql) : null;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token, @Advice.This Object self,
                @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned,
                @Advice.Thrown(readOnly = false, typing = Assigner.Typing.DYNAMIC) Throwable thrown) {
            if (token != null) {
                thrown = JdbcHooks.afterExecute(token, self, returned, thrown);
            }
        }
    }

    /** {@code addBatch}, {@code clearBatch}, {@code clearParameters}. */
    static final class Batch {
        private Batch() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self, @Advice.Origin("#m") String method,
                @Advice.Argument(value = 0, optional = true, typing = Assigner.Typing.DYNAMIC) Object sql) {
            if (JdbcHooks.listening) {
                JdbcHooks.batchOrClear(self, method, sql);
            }
        }
    }

    /** {@code PreparedStatement.setXxx(int index, value, ...)}. */
    static final class Parameter {
        private Parameter() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static void enter(@Advice.This Object self, @Advice.Origin("#m") String method, @Advice.Argument(0) int index,
                @Advice.Argument(value = 1, typing = Assigner.Typing.DYNAMIC) Object value) {
            if (JdbcHooks.listening) {
                JdbcHooks.parameter(self, method, index, value);
            }
        }
    }
}
