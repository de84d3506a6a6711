package dev.frontrun;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/** Code with trace markers, driven by {@link TraceExecutorTest}. The markers must stay on these exact lines. */
final class MarkedProgram {

    private MarkedProgram() {
    }

    static void twoSteps(List<String> log, String who) {
        log.add(who + " start");
        log.add(who + " one"); // frontrun: first
        // frontrun: second
        log.add(who + " two");
        log.add(who + " end");
    }

    static void lockedSteps(ReentrantLock lock, List<String> log, String who) {
        lock.lock(); // frontrun: take
        try {
            log.add(who + " holds"); // frontrun: hold
        } finally {
            lock.unlock();
        }
    }

    static void explicitSteps(List<String> log, String who) {
        Frontrun.marker("go");
        log.add(who + " went");
    }

    static String notAMarker() {
        return "// frontrun: hidden";
    }

    static void increment(int[] counter) {
        int seen = counter[0]; // frontrun: read_counter
        counter[0] = seen + 1; // frontrun: write_counter
    }

    static void lockedIncrement(ReentrantLock lock, int[] counter) {
        lock.lock(); // frontrun: take_counter
        try {
            int seen = counter[0]; // frontrun: read_locked
            counter[0] = seen + 1;
        } finally {
            lock.unlock();
        }
    }
}
