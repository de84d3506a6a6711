package dev.frontrun.internal.jdbc;

import java.sql.Wrapper;
import java.util.List;
import java.util.Optional;

/** Finds the application frame that issued a JDBC call: the first frame outside drivers, pools, ORMs and the JDK. */
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
        Optional<StackWalker.StackFrame> frame = WALKER.walk(s -> s.filter(f -> !infrastructure(f)).findFirst());
        return frame.map(StackWalker.StackFrame::toStackTraceElement).orElse(null);
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
