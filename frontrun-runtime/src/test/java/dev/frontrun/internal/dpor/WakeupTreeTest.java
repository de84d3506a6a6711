package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Insertion into wakeup trees (JACM 2017, section 6.2) and the weak-initial test it rests on. */
class WakeupTreeTest {

    private static Choice c(int thread, Op op) {
        return new Choice(thread, op);
    }

    @Test
    void aSequenceIsAddedAsANewBranch() {
        WakeupTree t = new WakeupTree();
        assertTrue(t.insert(List.of(c(1, Op.write(0)))));
        assertEquals(1, t.size());
        assertEquals(c(1, Op.write(0)), t.pollFirst().step());
        assertTrue(t.isEmpty());
    }

    @Test
    void aLeafThatIsAWeakInitialCoversTheSequence() {
        WakeupTree t = new WakeupTree();
        t.insert(List.of(c(2, Op.write(9))));
        // thread 2's write of 9 is independent of everything in the new sequence: exploring it first covers it
        assertFalse(t.insert(List.of(c(1, Op.write(0)), c(3, Op.read(0)))));
        assertEquals(1, t.size());
    }

    @Test
    void aDependentBranchDoesNotCoverTheSequence() {
        WakeupTree t = new WakeupTree();
        t.insert(List.of(c(2, Op.write(0))));
        assertTrue(t.insert(List.of(c(1, Op.read(0)))));
        assertEquals(2, t.size());
    }

    @Test
    void insertionDescendsIntoTheMatchingBranchAndAddsTheRest() {
        WakeupTree t = new WakeupTree();
        t.insert(List.of(c(1, Op.write(0)), c(2, Op.write(0))));
        // thread 1's write is an initial of the new sequence, the rest goes under it
        assertTrue(t.insert(List.of(c(3, Op.read(5)), c(1, Op.write(0)), c(4, Op.write(0)))));
        assertEquals(1, t.size());
        WakeupTree.Branch b = t.pollFirst();
        assertEquals(c(1, Op.write(0)), b.step());
        assertEquals(2, b.rest().size());
    }

    @Test
    void weakInitials() {
        List<Choice> w = List.of(c(1, Op.write(0)), c(2, Op.read(0)), c(3, Op.read(7)));
        assertEquals(0, WakeupTree.weakInitialIndex(c(1, Op.write(0)), w));
        assertEquals(WakeupTree.NOT_INITIAL, WakeupTree.weakInitialIndex(c(2, Op.read(0)), w));
        assertEquals(2, WakeupTree.weakInitialIndex(c(3, Op.read(7)), w));
        assertEquals(WakeupTree.INDEPENDENT, WakeupTree.weakInitialIndex(c(4, Op.read(0)), w.subList(1, 3)));
        assertEquals(WakeupTree.NOT_INITIAL, WakeupTree.weakInitialIndex(c(4, Op.write(0)), w));
    }
}
