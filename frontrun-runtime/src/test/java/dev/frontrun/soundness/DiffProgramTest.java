package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Checks the differential test's own ground: running a generated program's workers one after another in real
 * threads, without frontrun, ends in one of the outcomes {@link DiffProgram#serialOutcomes()} allows (whose serial
 * runs execute started threads inline). Programs with an executor are left out: its two tasks race for real.
 */
class DiffProgramTest {

    @Test
    void serialRunsInRealThreadsEndInAnAllowedOutcome() throws InterruptedException {
        int checked = 0;
        for (int id = 0; id < DifferentialTest.PROGRAMS; id++) {
            DiffProgram p = DiffProgram.generate(DifferentialTest.SEED, id);
            if (p.features().contains(DiffOp.Kind.EXECUTOR_INC_TWICE.feature)) {
                continue;
            }
            Set<String> allowed = p.serialOutcomes();
            DiffWorld w = new DiffWorld();
            for (int t = p.workers().size() - 1; t >= 0; t--) { // reverse order: not the first permutation
                int me = t;
                Thread worker = new Thread(() -> DiffInterpreter.run(w, me, p.workers().get(me), false));
                worker.start();
                worker.join();
            }
            assertTrue(allowed.contains(w.outcome()), p + " ended in " + w.outcome() + ", allowed: " + allowed);
            checked++;
        }
        assertTrue(checked > DifferentialTest.PROGRAMS / 2, "only " + checked + " programs checked");
    }

    @Test
    void programsMixEveryFeature() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new java.util.TreeSet<>();
        for (int id = 0; id < DifferentialTest.PROGRAMS; id++) {
            seen.addAll(DiffProgram.generate(DifferentialTest.SEED, id).features());
        }
        for (DiffOp.Kind k : DiffOp.Kind.values()) {
            if (!seen.contains(k.feature)) {
                missing.add(k.feature);
            }
        }
        assertTrue(missing.isEmpty(), "no generated program uses " + missing);
    }
}
