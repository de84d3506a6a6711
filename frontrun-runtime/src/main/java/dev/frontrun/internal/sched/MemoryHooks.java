package dev.frontrun.internal.sched;

import dev.frontrun.internal.vocab.Scope;
import dev.frontrun.internal.vocab.Site;
import dev.frontrun.internal.vocab.Sites;

/** The hooks of field and array element accesses in application code: each is a scheduling point of its own. */
final class MemoryHooks {

    private MemoryHooks() {
    }

    /** A read or write (the site's kind) of a field of {@code owner}, or of a static field when it is null. */
    static void field(Execution e, Object owner, int site) {
        ManagedThread me;
        if (e == null || !Scope.current().coversSite(site) || (me = RuntimeHooks.enterApp(e, site)) == null) {
            return;
        }
        try (me) {
            Site s = Sites.get(site);
            int rid;
            synchronized (e) {
                rid = owner == null ? Resources.named(s.staticField())
                        : e.resources.id(owner, s.member(), me);
            }
            e.point(me, Operation.access(s.kind(), rid, s.member(), site));
        }
    }

    /** A read or write (the site's kind) of element {@code index} of {@code array}. */
    static void element(Execution e, Object array, int index, int site) {
        ManagedThread me;
        if (e == null || array == null || !Scope.current().coversSite(site) || (me = RuntimeHooks.enterApp(e, site)) == null) {
            return;
        }
        try (me) {
            int rid;
            String name;
            synchronized (e) {
                rid = e.resources.id(array, ArrayElements.slot(index), me);
                name = e.resources.describe(array) + "[" + index + "]";
            }
            e.point(me, Operation.access(Sites.get(site).kind(), rid, name, site));
        }
    }
}
