package dev.frontrun.internal.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a counterexample's timeline.
 *
 * @param thread the thread name or index
 * @param location {@code File.java:42}, or null
 * @param source the source line's text, or null
 * @param detail what it did: an access ({@code [read User.loginCount]}), an SQL statement, a marker
 */
public record TimelineStep(String thread, String location, String source, String detail) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("thread", thread);
        m.put("location", location);
        m.put("source", source);
        m.put("detail", detail);
        return m;
    }
}
