package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void footprintsConflictWhereOneWritesWhatTheOtherTouches() {
        Op domainA = Op.footprint(Footprint.of(new long[] {10}, new long[] {99}));
        Op domainB = Op.footprint(Footprint.of(new long[] {11}, new long[] {99}));
        Op unknown = Op.footprint(Footprint.of(new long[] {99}, new long[0]));
        assertFalse(Dependence.dependent(1, domainA, 2, domainB), "different domains, both only read the shared one");
        assertTrue(Dependence.dependent(1, domainA, 2, domainA), "one domain");
        assertTrue(Dependence.dependent(1, domainA, 2, unknown), "an unknown step depends on every known one");
        assertTrue(Dependence.dependent(1, unknown, 2, unknown));
        assertTrue(Dependence.dependent(1, domainA, 2, Op.read(10)), "a footprint meets plain accesses too");
        assertFalse(Dependence.dependent(1, domainA, 2, Op.read(99)));
        assertTrue(Dependence.dependent(1, Op.write(99), 2, domainB));
    }

    @Test
    void aFootprintBelongsToFootprintOperationsOnly() {
        assertThrows(IllegalArgumentException.class, () -> new Op(OpKind.FOOTPRINT, 0));
        assertEquals(Op.footprint(Footprint.of(new long[] {2, 1}, new long[0])),
                Op.footprint(Footprint.of(new long[] {1, 2}, new long[0])), "equal for replay whatever the order");
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
