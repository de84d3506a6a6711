package dev.frontrun.internal.marker;

/**
 * Where a worker stood.
 *
 * @param thread the worker name
 * @param state NEW, RUNNING, WAITING or DONE
 * @param marker the marker it waits at (or last waited at), or null
 * @param location the marked line ({@code Handler.java:42}), or null
 * @param stack its stack then, null when it had ended
 * @param error what it threw, or null
 */
public record MarkerPosition(String thread, String state, String marker, String location, StackTraceElement[] stack,
        Throwable error) {
}
