package dev.frontrun.internal.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontrun.Verdict;
import dev.frontrun.scenario.Expect;

class GradeTest {

    private static StrategyResult r(String name, Verdict v, String why) {
        return StrategyResult.builder(name).verdict(v, why).build();
    }

    @Test
    void aStrategyThatCouldNotRunIsAnErrorWhateverWasDeclared() {
        Grade race = Grade.of(Expect.RACE, List.of(r("open", Verdict.ERROR, "Sc.open() failed: boom")));
        assertEquals(Grade.Status.ERROR, race.status());
        assertTrue(race.message().contains("open: Sc.open() failed: boom"), race.message());
        Grade safe = Grade.of(Expect.SAFE, List.of(r("markers", Verdict.ERROR, "Step marker 'x' is not a marker"),
                r("dpor", Verdict.HOLDS, "exhaustive")));
        assertEquals(Grade.Status.ERROR, safe.status(), "SAFE passes only when every requested strategy ran");
        Grade found = Grade.of(Expect.RACE, List.of(r("dpor", Verdict.VIOLATED, "x"), r("naive", Verdict.ERROR, "y")));
        assertEquals(Grade.Status.ERROR, found.status());
    }

    @Test
    void aFailureWithoutConcurrencyIsItsOwnGrade() {
        Grade g = Grade.of(Expect.RACE, List.of(r(Grade.SEQUENTIAL, Verdict.VIOLATED, "in the order a, b, a threw")));
        assertEquals(Grade.Status.FAILS_WITHOUT_CONCURRENCY, g.status());
        assertTrue(!g.passes());
    }

    @Test
    void theDeclaredOutcomesStillGradeAsBefore() {
        assertEquals(Grade.Status.FOUND, Grade.of(Expect.RACE, List.of(r("dpor", Verdict.VIOLATED, "x"))).status());
        assertEquals(Grade.Status.MISSED, Grade.of(Expect.RACE, List.of(r("dpor", Verdict.HOLDS, "x"))).status());
        assertEquals(Grade.Status.CLEAN, Grade.of(Expect.SAFE, List.of(r("dpor", Verdict.HOLDS, "x"))).status());
        assertEquals(Grade.Status.UNEXPECTED_RACE,
                Grade.of(Expect.SAFE, List.of(r("dpor", Verdict.VIOLATED, "x"))).status());
        assertEquals(Grade.Status.INCONCLUSIVE,
                Grade.of(Expect.SAFE, List.of(r("dpor", Verdict.INCONCLUSIVE, "x"))).status());
    }
}
