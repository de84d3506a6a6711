package dev.frontrun.soundness;

import static dev.frontrun.soundness.Expect.dpor;
import static dev.frontrun.soundness.Expect.random;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.soundness.domain.Tallies;

/**
 * A static field is one piece of state whichever class's code reads or writes it: a lost update between code in
 * this class and {@link Tallies#add} was an exhaustive DPOR HOLDS while each accessing class named its own resource
 * for the field.
 */
class StaticFieldsTest {

    private static ExplorationBuilder<Object> twoClasses(boolean locked) {
        return Frontrun.explore(() -> {
            Tallies.total = 0;
            return new Object();
        })
                .worker(o -> {
                    if (locked) {
                        synchronized (Tallies.class) {
                            Tallies.total = Tallies.total + 1;
                        }
                    } else {
                        Tallies.total = Tallies.total + 1;
                    }
                })
                .worker(o -> {
                    if (locked) {
                        Tallies.addLocked();
                    } else {
                        Tallies.add();
                    }
                })
                .invariant(o -> Tallies.total == 2);
    }

    @Test
    void aLostUpdateOnAStaticFieldWrittenFromTwoClassesIsFound() {
        Expect.found(dpor(twoClasses(false)), 3);
        Expect.found(random(twoClasses(false)), 2000);
    }

    @Test
    void theSameUnderTheClassMonitorHolds() {
        Expect.correctTwin(dpor(twoClasses(true)));
    }
}
