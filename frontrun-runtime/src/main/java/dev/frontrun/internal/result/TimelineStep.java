package dev.frontrun.internal.result;

/**
 * One row of a counterexample's timeline.
 *
 * @param thread the thread name or index
 * @param location {@code File.java:42}, or null
 * @param source the source line's text, or null
 * @param detail what it did: an access ({@code [read User.loginCount]}), an SQL statement, a marker
 */
public record TimelineStep(String thread, String location, String source, String detail) {
}
