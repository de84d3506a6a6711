/** The Java agent's entry points and the holder of the JVM's {@code Instrumentation}. */
package dev.frontrun.internal.agent;
