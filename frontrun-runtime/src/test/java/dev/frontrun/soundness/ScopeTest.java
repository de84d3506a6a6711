package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;
import dev.frontrun.soundness.app.CrossPackageSupport;

/**
 * Issue 10, findings 3 and 5: what is instrumented. A lost update on a counter in a sibling package of the
 * exploring code is found with the default includes, and an exploration's result does not depend on which
 * explorations ran before it in the JVM. Each JVM here is fresh, so nothing earlier has instrumented the counter.
 */
class ScopeTest {

    private static final Class<?> PROGRAMS = CrossPackageSupport.programs();

    @Test
    void aCounterInAnotherPackageIsFoundByDporWithTheDefaultIncludes() {
        Expect.found(ForkedExploration.run(PROGRAMS, "dporWithDefaultIncludes"), 3);
    }

    @Test
    void aCounterInAnotherPackageIsFoundByRandomWithTheDefaultIncludes() {
        Expect.found(ForkedExploration.run(PROGRAMS, "randomWithDefaultIncludes"), 2000);
    }

    @Test
    void resultsDoNotDependOnTheExplorationsBefore() {
        List<Summary> alone = ForkedExploration.run(PROGRAMS, "dporWithDefaultIncludes", "dporIncludingTheDomain");
        List<Summary> after = ForkedExploration.run(PROGRAMS, "dporIncludingTheDomain", "dporWithDefaultIncludes");
        assertEquals(2, alone.size(), alone::toString);
        assertEquals(2, after.size(), after::toString);
        Summary first = alone.get(0);
        Summary second = after.get(1);
        assertEquals(first.verdict() + " after " + first.executions(), second.verdict() + " after "
                + second.executions(), "the default includes gave\n  first in its JVM: " + first
                + "\n  after an exploration that included the domain package: " + second);
        assertEquals(Verdict.VIOLATED, alone.get(1).verdict(), "the explicit include finds it: " + alone.get(1));
    }
}
