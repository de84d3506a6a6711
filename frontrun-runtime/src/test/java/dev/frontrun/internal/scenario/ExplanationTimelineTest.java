package dev.frontrun.internal.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontrun.internal.explain.Elision;
import dev.frontrun.internal.explain.ExplainedStep;
import dev.frontrun.internal.explain.Explanation;
import dev.frontrun.internal.result.TimelineStep;

class ExplanationTimelineTest {

    private static final ExplainedStep READ = new ExplainedStep(0, "LoginHandlers.java:26",
            "User user = session.get(User.class, 1L);", List.of("read users(id=1)"),
            "select u1_0.id from users u1_0 where u1_0.id=?");
    private static final ExplainedStep COMMIT = new ExplainedStep(1, "LoginHandlers.java:28", "tx.commit();",
            List.of("read+write users(id=1)"), "update users set login_count=? where id=?");
    private static final ExplainedStep LOCK = new ExplainedStep(1, null, null, List.of("lock Session"), null);

    private static Explanation explanation() {
        return new Explanation(2, List.of("Lost update: threads 0 and 1 both read users(id=1) before either wrote it"
                + " back."), null, 0, List.of(READ, COMMIT, new Elision(1, List.of(COMMIT, COMMIT, COMMIT)), LOCK),
                "Lost update on users(id=1): threads 0 and 1 both read it before either committed.");
    }

    @Test
    void stepsWithLocationsSourceAndStatementsBecomeRows() {
        List<TimelineStep> rows = ExplanationTimeline.of(explanation());
        assertEquals(3, rows.size());
        assertEquals(new TimelineStep("0", "LoginHandlers.java:26", "User user = session.get(User.class, 1L);",
                "[read users(id=1)] select u1_0.id from users u1_0 where u1_0.id=?"), rows.get(0));
        assertEquals("1", rows.get(1).thread());
        assertEquals("tx.commit();", rows.get(1).source());
        assertEquals(new TimelineStep("1", null, null, "lock Session"), rows.get(2));
    }

    @Test
    void theRowsShowWhatTheRenderedExplanationShows() {
        assertEquals(String.join("\n",
                "Race condition found after 2 interleavings.",
                "",
                "  Lost update: threads 0 and 1 both read users(id=1) before either wrote it back.",
                "",
                "  Thread 0 | LoginHandlers.java:26   User user = session.get(User.class, 1L);",
                "           | [read users(id=1)] select u1_0.id from users u1_0 where u1_0.id=?",
                "  Thread 1 | LoginHandlers.java:28   tx.commit();",
                "           | [read+write users(id=1)] update users set login_count=? where id=?",
                "           | ... 3 more lines from Thread 1",
                "  Thread 1 | lock Session",
                "",
                "  SQL anomaly: Lost update on users(id=1): threads 0 and 1 both read it before either committed.",
                ""), explanation().render());
    }
}
