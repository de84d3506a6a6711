package dev.frontrun.catalogue.success;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/** Twin of use-after-close: using and closing hold the connection's lock. */
public final class GuardedUse implements Program {

    static final class Conn {
        boolean closed;
    }

    static final class Pool {
        volatile Conn conn;
        boolean usedAfterClose;
    }

    static void use(Pool p) {
        Conn c = p.conn;
        if (c != null) {
            synchronized (c) {
                if (!c.closed && c.closed) {
                    p.usedAfterClose = true;
                }
            }
        }
    }

    static void close(Pool p) {
        Conn c = p.conn;
        if (c != null) {
            synchronized (c) {
                c.closed = true;
            }
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Pool::new)
                .worker(p -> p.conn = new Conn())
                .worker(GuardedUse::use)
                .worker(GuardedUse::close)
                .invariant(p -> !p.usedAfterClose);
    }
}
