package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The dependency relation that defines the traces. */
class DependenceTest {

    @Test
    void sameThreadIsAlwaysDependent() {
        assertTrue(Dependence.dependent(1, Op.read(1), 1, Op.read(2)));
    }

    @Test
    void dataConflictsUnlessBothRead() {
        assertFalse(Dependence.dependent(1, Op.read(5), 2, Op.read(5)));
        assertTrue(Dependence.dependent(1, Op.read(5), 2, Op.write(5)));
        assertTrue(Dependence.dependent(1, Op.readModifyWrite(5), 2, Op.read(5)));
        assertFalse(Dependence.dependent(1, Op.write(5), 2, Op.write(6)));
    }

    @Test
    void spacesDoNotMix() {
        assertFalse(Dependence.dependent(1, Op.write(5), 2, Op.acquire(5)));
        assertFalse(Dependence.dependent(1, new Op(OpKind.UNPARK, 5), 2, Op.write(5)));
    }

    @Test
    void monitorOperationsOnOneMonitorAreDependent() {
        assertTrue(Dependence.dependent(1, Op.acquire(3), 2, Op.acquire(3)));
        assertTrue(Dependence.dependent(1, Op.release(3), 2, Op.acquire(3)));
        assertTrue(Dependence.dependent(1, new Op(OpKind.WAIT, 3), 2, new Op(OpKind.NOTIFY, 3)));
        assertFalse(Dependence.dependent(1, Op.acquire(3), 2, Op.acquire(4)));
    }

    @Test
    void parkAndUnparkShareThePermit() {
        assertTrue(Dependence.dependent(1, new Op(OpKind.PARK, 1), 2, new Op(OpKind.UNPARK, 1)));
        assertFalse(Dependence.dependent(1, new Op(OpKind.PARK, 1), 2, new Op(OpKind.UNPARK, 3)));
    }

    @Test
    void spawnPrecedesTheChildAndEndPrecedesTheJoin() {
        assertTrue(Dependence.dependent(0, Op.spawn(4), 4, Op.write(1)));
        assertTrue(Dependence.dependent(4, Op.read(1), 0, Op.spawn(4)));
        assertFalse(Dependence.dependent(0, Op.spawn(4), 5, Op.write(1)));
        assertTrue(Dependence.dependent(0, Op.join(4), 4, Op.end()));
        assertFalse(Dependence.dependent(0, Op.join(4), 5, Op.end()));
        assertFalse(Dependence.dependent(0, Op.join(4), 4, Op.write(1)));
    }
}
