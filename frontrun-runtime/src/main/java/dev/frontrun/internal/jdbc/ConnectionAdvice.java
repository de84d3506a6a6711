package dev.frontrun.internal.jdbc;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** Advice inlined into {@code java.sql.Connection} implementations. */
final class ConnectionAdvice {

    private ConnectionAdvice() {
    }

    /** {@code commit}, {@code rollback}, {@code setAutoCommit}, {@code close}, {@code releaseSavepoint}. */
    static final class Transaction {
        private Transaction() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class, skipOn = JdbcHooks.Veto.class)
        static Object enter(@Advice.This Object self, @Advice.Origin("#m") String method,
                @Advice.Argument(value = 0, optional = true, typing = Assigner.Typing.DYNAMIC) Object argument) {
            return JdbcHooks.listening ? JdbcHooks.beforeConnection(self, method, argument) : null;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token,
                @Advice.Thrown(readOnly = false, typing = Assigner.Typing.DYNAMIC) Throwable thrown) {
            if (token != null) {
                thrown = JdbcHooks.after(token, null, thrown);
            }
        }
    }

    /** {@code setSavepoint()} and {@code setSavepoint(String)}: the outcome carries the returned savepoint. */
    static final class Savepoint {
        private Savepoint() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.This Object self, @Advice.Origin("#m") String method,
                @Advice.Argument(value = 0, optional = true, typing = Assigner.Typing.DYNAMIC) Object name) {
            return JdbcHooks.listening ? JdbcHooks.beforeConnection(self, method, name) : null;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object saved,
                @Advice.Thrown Throwable thrown) {
            if (token != null) {
                JdbcHooks.after(token, saved, thrown);
            }
        }
    }

    /** {@code Driver.connect(url, info)} and {@code DataSource.getConnection(...)}. */
    static final class Connect {
        private Connect() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static Object enter(@Advice.This Object self,
                @Advice.Argument(value = 0, optional = true, typing = Assigner.Typing.DYNAMIC) Object url,
                @Advice.Argument(value = 1, optional = true, typing = Assigner.Typing.DYNAMIC) Object info) {
            return JdbcHooks.listening ? JdbcHooks.beforeConnect(self, url, info) : null;
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter Object token, @Advice.Thrown Throwable thrown) {
            if (token != null) {
                JdbcHooks.after(token, null, thrown);
            }
        }
    }

    /** {@code prepareStatement(String, ...)}, {@code prepareCall(String, ...)}: remembers the SQL. */
    static final class Prepare {
        private Prepare() {
        }

        @Advice.OnMethodExit(suppress = Throwable.class)
        static void exit(@Advice.Return(typing = Assigner.Typing.DYNAMIC) Object statement,
                @Advice.Argument(0) String sql) {
            if (JdbcHooks.listening) {
                JdbcHooks.prepared(statement, sql);
            }
        }
    }
}
