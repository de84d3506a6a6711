package dev.frontrun.internal.explain;

import java.util.List;

/**
 * One step of a counterexample as the explanation shows it: a thread at a source line, what it touched, and the SQL
 * statement it ran there.
 *
 * @param thread the thread's index
 * @param location {@code Counter.java:42}, or null when the step has no source position
 * @param source the trimmed source line, or null when the source is not found
 * @param resources what it touched ({@code read Counter.value}, {@code read+write users(id=1)}, {@code lock Counter})
 * @param sql the SQL statement, or null
 */
public record ExplainedStep(int thread, String location, String source, List<String> resources, String sql)
        implements Explanation.Entry {

    private static final int SQL_LIMIT = 160;

    /** Copies the list. */
    public ExplainedStep {
        resources = List.copyOf(resources);
    }

    /**
     * @return what the step did, as the line under its location shows it: the accesses in brackets and the SQL
     *         (cut at 160 characters); for a step without a location the accesses alone
     */
    public String detail() {
        String touched = String.join(", ", resources);
        if (location == null) {
            return touched;
        }
        String statement = sql == null ? ""
                : " " + (sql.length() > SQL_LIMIT ? sql.substring(0, SQL_LIMIT - 3) + "..." : sql);
        return "[" + touched + "]" + statement;
    }
}
