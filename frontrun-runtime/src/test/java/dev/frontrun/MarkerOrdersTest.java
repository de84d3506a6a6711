package dev.frontrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

import org.junit.jupiter.api.Test;

/** Every order of the actors' markers, in program order per actor, bounded, stopping at the first violation. */
class MarkerOrdersTest {

    record Counter(int[] value, ReentrantLock lock) {
        Counter() {
            this(new int[1], new ReentrantLock());
        }
    }

    @Test
    void theLostUpdateIsFoundAndTheOrdersAreCounted() {
        MarkerOrders.Result r = MarkerOrders.explore(Counter::new)
                .actor("a", c -> MarkedProgram.increment(c.value()), "read_counter", "write_counter")
                .actor("b", c -> MarkedProgram.increment(c.value()), "read_counter", "write_counter")
                .invariant(c -> c.value()[0] == 2)
                .run();
        assertEquals(6, r.orders(), r.report());
        assertTrue(r.counterexample().isPresent(), r.report());
        assertEquals(1, r.held(), r.report()); // a runs first entirely, then b: the first order holds
        assertEquals("a:read_counter, b:read_counter, a:write_counter, b:write_counter",
                r.counterexample().get().toString(), r.report());
        assertTrue(r.report().startsWith("Race condition found by marker order 2"), r.report());
    }

    @Test
    void ordersTheLockForbidsAreInfeasibleAndTheRestHold() {
        MarkerOrders.Result r = MarkerOrders.explore(Counter::new)
                .actor("a", c -> MarkedProgram.lockedIncrement(c.lock(), c.value()), "take_counter", "read_locked")
                .actor("b", c -> MarkedProgram.lockedIncrement(c.lock(), c.value()), "take_counter", "read_locked")
                .invariant(c -> c.value()[0] == 2)
                .deadlockTimeout(Duration.ofMillis(300))
                .run();
        assertTrue(r.holds(), r.report());
        assertEquals(6, r.tried(), r.report());
        assertEquals(6, r.held() + r.infeasible(), r.report());
        assertTrue(r.infeasible() > 0, r.report());
        assertTrue(r.report().startsWith("Every marker order holds: 6 of 6 marker orders tried"), r.report());
    }

    @Test
    void theNumberOfOrdersIsBounded() {
        MarkerOrders.Result r = MarkerOrders.explore(Counter::new)
                .actor("a", c -> MarkedProgram.increment(c.value()), "read_counter", "write_counter")
                .actor("b", c -> MarkedProgram.increment(c.value()), "read_counter", "write_counter")
                .maxOrders(3)
                .run();
        assertEquals(3, r.tried(), r.report());
        assertTrue(r.report().startsWith("No violation, but not every order was tried: 3 of 6"), r.report());
    }
}
