package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.Scope;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.Sites;

/**
 * Calls from application code on library objects: the call is an access of the receiver, ordered like a field
 * access. What it counts as depends on the receiver's class ({@link LibraryClass}): a JDK class that is not
 * thread-safe gives plain reads and writes, whose unordered pairs are data races; a thread-safe or other JDK class
 * gives atomic reads and read-modify-writes; the application's own classes, immutable values and classes the
 * scheduler models otherwise (locks, atomics, threads, JDBC) give nothing here.
 */
final class LibraryCalls {

    private LibraryCalls() {
    }

    static void call(Execution e, Object receiver, int site) {
        if (e == null || receiver == null) {
            return;
        }
        Scope scope = Scope.current();
        if (!scope.coversSite(site)) {
            return;
        }
        ManagedThread me = RuntimeHooks.enterApp(e, site);
        if (me == null) {
            return;
        }
        try {
            Class<?> type = receiver.getClass();
            LibraryClass kind = LibraryClass.of(type);
            if (kind == LibraryClass.IGNORED || scope.covers(type.getName())) {
                return;
            }
            Site s = Sites.get(site);
            String method = s.member().substring(s.member().lastIndexOf('.') + 1);
            boolean observes = s.kind() == OpKind.READ && !kind.mutatesOnRead(type);
            OpKind op = kind == LibraryClass.UNSAFE ? (observes ? OpKind.READ : OpKind.WRITE)
                    : (observes ? OpKind.VOLATILE_READ : OpKind.RMW);
            boolean concurrency = type.getName().startsWith("java.util.concurrent.");
            int rid;
            String name;
            long hidden;
            synchronized (e) {
                rid = e.resources.id(receiver, "state", me);
                name = e.resources.describe(receiver);
                StablePools.stabilize(receiver);
                // an executor's invokeAll and invokeAny also touch the futures they create
                hidden = !concurrency ? JdkDomains.NONE : method.startsWith("invoke") ? JdkDomains.UNKNOWN
                        : e.domains.of(receiver, e.resources, me);
            }
            e.point(me, CallOperations.libraryCall(op, rid, name, site, simpleName(type) + "." + method,
                    kind == LibraryClass.UNSAFE, concurrency).touching(hidden));
        } finally {
            me.inHook = false;
        }
    }

    static String simpleName(Class<?> type) {
        String n = type.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }
}
