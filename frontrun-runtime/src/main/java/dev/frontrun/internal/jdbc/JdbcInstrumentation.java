package dev.frontrun.internal.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.frontrun.internal.agent.Agents;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Installs the JDBC advice (once per JVM) on every implementation of {@code java.sql.Statement},
 * {@code java.sql.Connection}, {@code java.sql.Driver} and {@code javax.sql.DataSource}, including classes loaded
 * before the agent arrived (retransformation: method bodies only). The advice classes are in
 * {@link StatementAdvice} and {@link ConnectionAdvice}.
 */
public final class JdbcInstrumentation {

    private static boolean installed;
    private static final List<String> ERRORS = new CopyOnWriteArrayList<>();

    private JdbcInstrumentation() {
    }

    /** Installs the instrumentation if it is not yet installed; self-attaches the agent when needed. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        Instrumentation inst = Agents.instrumentation();
        ClassLoader own = JdbcInstrumentation.class.getClassLoader();
        ElementMatcher.Junction<MethodDescription> concrete = isPublic().and(not(isAbstract()));
        dev.frontrun.internal.instrument.AgentBuilders.create()
                .disableClassFormatChanges()
                .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
                .with(AgentBuilder.InitializationStrategy.NoOp.INSTANCE)
                .with(AgentBuilder.TypeStrategy.Default.DECORATE)
                .with(new ErrorRecorder())
                .ignore(nameStartsWith("java.").or(nameStartsWith("jdk.")).or(nameStartsWith("sun."))
                        .or(nameStartsWith("com.sun.")).or(nameStartsWith("net.bytebuddy."))
                        .or(nameStartsWith("dev.frontrun.internal.")).or(isSynthetic()))
                .type(not(isInterface()).and(hasSuperType(named("java.sql.Statement"))))
                .transform(new AgentBuilder.Transformer.ForAdvice().include(own)
                        .advice(concrete.and(namedOneOf("execute", "executeQuery", "executeUpdate",
                                "executeLargeUpdate", "executeBatch", "executeLargeBatch")),
                                StatementAdvice.Execute.class.getName())
                        .advice(concrete.and(namedOneOf("addBatch", "clearBatch", "clearParameters")),
                                StatementAdvice.Batch.class.getName())
                        .advice(concrete.and(nameStartsWith("set")).and(takesArgument(0, int.class))
                                .and(takesArguments(2).or(takesArguments(3))), StatementAdvice.Parameter.class.getName()))
                .type(not(isInterface()).and(hasSuperType(named("java.sql.Connection"))))
                .transform(new AgentBuilder.Transformer.ForAdvice().include(own)
                        .advice(concrete.and(namedOneOf("commit", "rollback", "setAutoCommit", "close",
                                "releaseSavepoint").and(takesArguments(0).or(takesArguments(1)))),
                                ConnectionAdvice.Transaction.class.getName())
                        .advice(concrete.and(named("setSavepoint")), ConnectionAdvice.Savepoint.class.getName())
                        .advice(concrete.and(namedOneOf("prepareStatement", "prepareCall"))
                                .and(takesArgument(0, String.class)), ConnectionAdvice.Prepare.class.getName()))
                .type(not(isInterface()).and(hasSuperType(named("java.sql.Driver"))))
                .transform(new AgentBuilder.Transformer.ForAdvice().include(own)
                        .advice(concrete.and(named("connect")).and(takesArguments(2)),
                                ConnectionAdvice.Connect.class.getName()))
                .type(not(isInterface()).and(hasSuperType(named("javax.sql.DataSource"))))
                .transform(new AgentBuilder.Transformer.ForAdvice().include(own)
                        .advice(concrete.and(named("getConnection")), ConnectionAdvice.Connect.class.getName()))
                .installOn(inst);
        installed = true;
    }

    /** @return instrumentation errors seen so far (class name and exception), for diagnostics */
    public static List<String> errors() {
        return List.copyOf(ERRORS);
    }

    private static final class ErrorRecorder extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader classLoader, JavaModule module, boolean loaded,
                Throwable throwable) {
            ERRORS.add(typeName + ": " + throwable);
        }

        @Override
        public void onTransformation(TypeDescription typeDescription, ClassLoader classLoader, JavaModule module,
                boolean loaded, DynamicType dynamicType) {
            // nothing: transformations are expected
        }
    }
}
