package dev.frontrun.internal.vocab;

import java.util.List;

/**
 * The libraries whose code frontrun does not observe unless an include pattern names them: databases and their
 * drivers, persistence, connection pools, logging, application frameworks, test and build tooling, bytecode tools.
 * Their objects are services the application calls (a session factory, a logger, a data source) and what they share
 * is the database the model explores, so scheduling points inside them would only slow every exploration down.
 * Every other library jar on the class path is observed like the application's own classes: a mutable object of a
 * library that two threads share (a counter from another module's jar, a collection library) is state like any
 * other, and leaving it unobserved would let an exploration certify code that races inside it.
 */
public final class Infrastructure {

    private static final List<String> PACKAGES = List.of(
            // JDBC drivers, persistence, pools
            "org.postgresql.", "com.mysql.", "org.mariadb.", "org.h2.", "org.hsqldb.", "org.apache.derby.",
            "oracle.", "com.microsoft.sqlserver.", "org.sqlite.", "org.hibernate.", "jakarta.", "org.eclipse.persistence.", "org.eclipse.jetty.",
            "org.eclipse.microprofile.", "org.eclipse.jdt.",
            "com.zaxxer.hikari.", "org.apache.commons.dbcp2.", "org.apache.commons.pool2.", "com.mchange.",
            "org.jooq.", "org.mybatis.", "org.apache.ibatis.", "org.flywaydb.", "liquibase.", "io.zonky.",
            "org.apache.commons.compress.", "org.tukaani.", "org.testcontainers.", "com.github.dockerjava.",
            // logging
            "org.slf4j.", "ch.qos.logback.", "org.apache.logging.", "org.apache.log4j.", "org.apache.commons.logging.",
            "org.jboss.", "io.smallrye.", "org.glassfish.",
            // frameworks and their runtime
            "org.springframework.", "io.micronaut.", "io.quarkus.", "io.micrometer.", "io.netty.", "reactor.",
            "io.projectreactor.", "io.undertow.", "org.apache.catalina.", "org.apache.tomcat.", "org.apache.coyote.",
            "org.yaml.snakeyaml.", "com.fasterxml.", "com.google.gson.", "org.aspectj.", "org.antlr.",
            "net.sf.jsqlparser.", "freemarker.", "org.objectweb.asm.", "javassist.", "org.objenesis.", "kotlin.",
            "scala.", "groovy.", "org.codehaus.", "org.apache.groovy.",
            // test and build tooling
            "org.opentest4j.", "org.apiguardian.", "org.assertj.", "org.hamcrest.", "org.mockito.", "org.awaitility.",
            "org.testng.", "junit.", "org.apache.maven.", "org.eclipse.sisu.", "com.google.inject.", "org.gradle.");

    private Infrastructure() {
    }

    /**
     * @param className a binary class name
     * @return whether the class belongs to a library frontrun leaves unobserved by default
     */
    public static boolean contains(String className) {
        for (String p : PACKAGES) {
            if (className.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** @return the package prefixes, for the documentation and for error messages */
    public static List<String> packages() {
        return PACKAGES;
    }
}
