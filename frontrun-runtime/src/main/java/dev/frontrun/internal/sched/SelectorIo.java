package dev.frontrun.internal.sched;

import java.nio.channels.Selector;

import dev.frontrun.internal.vocab.OpKind;

/**
 * Selectors between managed threads as scheduling points: a {@code select} waits for a ready channel or a wakeup
 * (with a timeout, until its time runs out: {@link TimedIo}); a {@code selectNow} looks without waiting.
 */
final class SelectorIo {

    private SelectorIo() {
    }

    /** A {@code Selector.select}: waits until a channel it watches is ready or it is woken. */
    static void select(Execution e, ManagedThread me, Selector selector) {
        String name;
        synchronized (e) {
            name = e.loopback.selector(selector);
        }
        LoopbackIo.point(e, me, OpKind.SOCKET_READ, name, "Selector.select", IoWait.select(selector));
    }

    /**
     * A {@code Selector.select(long)}: waits until a channel it watches is ready, it is woken, or its time runs out.
     *
     * @param millis the time limit (0: none; negative: the call throws, no point)
     * @return whether it timed out in the model (the call then returns 0 without selecting)
     */
    static boolean select(Execution e, ManagedThread me, Selector selector, long millis) {
        if (millis <= 0) {
            if (millis == 0) {
                select(e, me, selector);
            }
            return false; // negative: the JDK's call throws IllegalArgumentException
        }
        String name;
        synchronized (e) {
            name = e.loopback.selector(selector);
        }
        return TimedIo.point(e, me, OpKind.SOCKET_READ, name, "Selector.select", IoWait.select(selector), millis);
    }

    /** A {@code Selector.selectNow()}: never waits, but what it sees depends on what the peers did before. */
    static void selectNow(Execution e, ManagedThread me, Selector selector) {
        String name;
        synchronized (e) {
            name = e.loopback.selector(selector);
        }
        LoopbackIo.point(e, me, OpKind.SOCKET_READ, name, "Selector.selectNow", null);
    }

    /** A {@code Selector.wakeup}: wakes a thread in {@code select} on it. */
    static void wakeup(Execution e, ManagedThread me, Object selector) {
        String name;
        synchronized (e) {
            name = e.loopback.selector(selector);
        }
        LoopbackIo.point(e, me, OpKind.SOCKET_WRITE, name, "Selector.wakeup", null);
        synchronized (e) {
            e.loopback.wake(selector);
        }
    }
}
