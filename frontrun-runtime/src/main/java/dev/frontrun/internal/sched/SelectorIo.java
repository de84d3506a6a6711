package dev.frontrun.internal.sched;

import java.nio.channels.Selector;

import dev.frontrun.internal.vocab.OpKind;

/** Selectors between managed threads as scheduling points: a {@code select} waits for a ready channel or a wakeup. */
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
