package dev.frontrun.internal.jdbc;

import java.sql.Wrapper;
import java.util.List;

import dev.frontrun.internal.vocab.Scope;

/**
 * Finds the application frame that issued a JDBC call: the innermost frame of the exploration's own code, else the
 * first frame outside drivers, pools, ORMs and the JDK.
 */
final class SourceSite {

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final List<String> INFRASTRUCTURE = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
            "jakarta.persistence.", "org.hibernate.", "org.postgresql.", "com.zaxxer.hikari.", "com.mysql.",
            "org.mariadb.", "org.h2.", "oracle.jdbc.", "com.microsoft.sqlserver.", "org.apache.commons.dbcp",
            "org.apache.tomcat.jdbc.", "com.mchange.", "org.springframework.jdbc.", "org.springframework.orm.",
            "org.springframework.transaction.", "org.springframework.dao.", "org.jooq.", "org.jdbi.",
            "org.mybatis.", "org.apache.ibatis.", "net.bytebuddy.", "dev.frontrun.internal.shaded.");
    private static final java.util.Set<String> OWN = java.util.Set.of(JdbcHooks.class.getName(),
            SourceSite.class.getName(), JdbcEvents.class.getName());

    private SourceSite() {
    }

    static StackTraceElement find() {
        // the application's own code first (a Spring Data repository call is reported at the service's line, not in
        // the framework's proxies); else the first frame outside the known infrastructure
        Scope scope = Scope.current();
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.filter(f -> !infrastructure(f)).toList());
        for (StackWalker.StackFrame f : frames) {
            if (scope.covers(f.getClassName())) {
                return f.toStackTraceElement();
            }
        }
        return frames.isEmpty() ? null : frames.get(0).toStackTraceElement();
    }

    private static boolean infrastructure(StackWalker.StackFrame f) {
        String name = f.getClassName();
        if (OWN.contains(name)) {
            return true;
        }
        for (String prefix : INFRASTRUCTURE) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return Wrapper.class.isAssignableFrom(f.getDeclaringClass()) || name.contains("$HibernateProxy")
                || name.contains("$HibernateAccessOptimizer") || name.contains("$$");
    }
}
