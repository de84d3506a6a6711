package dev.frontrun.internal.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The explanation is structure; its text is rendered in the shape the reports and assertion messages have always had. */
class ExplanationTest {

    @Test
    void summaryLinesAreCutAsTheTextUsedToBe() {
        for (String text : List.of("", "one", "a\nb", "a\n", "\n", "a\n\nb\n\n", "\na")) {
            assertEquals(List.of(text.split("\n")), Explainer.lines(text), "'" + text + "'");
        }
    }

    @Test
    void longRunsAreCondensedButCountForTheColumnWidth() {
        ExplainedStep shortOne = new ExplainedStep(0, "A.java:1", "a();", List.of("read A.x"), null);
        ExplainedStep hidden = new ExplainedStep(1, "LongerName.java:100", "b();", List.of("write A.x"), "update t set x=1");
        Explanation x = new Explanation(1, List.of("Lost update."), "The invariant does not hold.", 3,
                List.of(shortOne, new Elision(1, List.of(hidden, hidden))), null);
        assertEquals(String.join("\n",
                "Race condition found after 1 interleaving.",
                "",
                "  Lost update.",
                "  The invariant does not hold.",
                "",
                "  ... 3 earlier steps",
                "  Thread 0 | A.java:1              a();",
                "           | [read A.x]",
                "           | ... 2 more lines from Thread 1",
                ""), x.render());
        assertEquals("Lost update.", x.finding());
        assertEquals(List.of(shortOne), x.shownSteps());
        assertNull(new Explanation(1, List.of(" "), null, 0, List.of(), null).finding());
    }

    @Test
    void longSqlIsCutInTheDetailButKeptInTheStep() {
        String sql = "select " + "x, ".repeat(60) + "y from t";
        ExplainedStep step = new ExplainedStep(0, "A.java:1", null, List.of("read t"), sql);
        assertEquals("[read t] " + sql.substring(0, 157) + "...", step.detail());
        assertEquals(sql, step.sql());
        assertEquals("read t, lock L", new ExplainedStep(0, null, null, List.of("read t", "lock L"), null).detail());
    }
}
