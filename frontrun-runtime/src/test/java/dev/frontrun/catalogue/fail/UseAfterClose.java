package dev.frontrun.catalogue.fail;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;
import dev.frontrun.catalogue.Program;

/**
 * Three threads, one bad order: the opener must run first, the user must check the connection, then the closer
 * must close it, and only then may the user touch it again.
 */
public final class UseAfterClose implements Program {

    static final class Conn {
        boolean closed;
    }

    static final class Pool {
        Conn conn;
        boolean usedAfterClose;
    }

    static void use(Pool p) {
        Conn c = p.conn;
        if (c != null && !c.closed) {
            if (c.closed) {
                p.usedAfterClose = true;
            }
        }
    }

    static void close(Pool p) {
        Conn c = p.conn;
        if (c != null) {
            c.closed = true;
        }
    }

    @Override
    public ExplorationBuilder<?> explore() {
        return Frontrun.explore(Pool::new)
                .worker(p -> p.conn = new Conn())
                .worker(UseAfterClose::use)
                .worker(UseAfterClose::close)
                .invariant(p -> !p.usedAfterClose);
    }

    @Override
    public String expectedInExplanation() {
        return "Conn.closed";
    }
}
