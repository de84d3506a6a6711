package dev.frontrun.internal.sched;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

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
 *
 * <p>The JDK objects a call is given are accessed too ({@code new ArrayList<>(shared)}, {@code list.addAll(shared)},
 * {@code Collections.sort(shared)}), in the same step, and a view obtained from a JDK object (an iterator, a key set,
 * an entry, a stream, an unmodifiable or synchronized wrapper) stands for that object's state ({@link Resources#view}).
 */
final class LibraryCalls {

    /**
     * Calls on an iterator, spliterator or enumeration that only read the collection it walks (the instrumentation
     * counts them as changes of their receiver, which they are of the iterator itself).
     */
    private static final Set<String> ITERATION = Set.of("next", "previous", "nextIndex", "previousIndex",
            "hasPrevious", "forEachRemaining", "tryAdvance", "trySplit", "estimateSize", "getExactSizeIfKnown",
            "characteristics", "nextElement", "hasMoreElements", "asIterator");

    /** Arrays of objects up to this length given to a JDK call are looked into (varargs); longer ones are not. */
    private static final int VARARGS_LIMIT = 32;

    private LibraryCalls() {
    }

    /**
     * @param receiver the object called, or {@code null} for a static call, a constructor, or a receiver that is
     *     never shared state
     * @param args the arguments that may be JDK objects, or {@code null}
     * @param site the call site; its kind says whether the call changes the receiver (or, without one, the first
     *     argument)
     */
    static void call(Execution e, Object receiver, Object[] args, int site) {
        if (e == null || receiver == null && args == null) {
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
            Site s = Sites.get(site);
            String method = s.member().substring(s.member().lastIndexOf('.') + 1);
            Operation op;
            synchronized (e) {
                op = receiver != null ? onReceiver(e, me, receiver, args, s, site, method)
                        : onArguments(e, me, args, s, site);
            }
            if (op != null) {
                e.point(me, op);
            }
        } finally {
            me.inHook = false;
        }
    }

    /** Records that {@code view}, returned by a call on (or given) {@code of}, shows {@code of}'s state. */
    static void view(Execution e, Object view, Object of) {
        if (view == null || of == null || !(of.getClass().isArray() || LibraryClass.isView(view.getClass()))) {
            return;
        }
        if (e == null) {
            SetupViews.note(view, of);
            return;
        }
        ManagedThread me = e.managedFor(Thread.currentThread());
        if (me == null || me.inHook) {
            return;
        }
        synchronized (e) {
            e.resources.view(view, of);
        }
    }

    private static Operation onReceiver(Execution e, ManagedThread me, Object receiver, Object[] args,
            Site s, int site, String method) {
        String unseen = unseenState(receiver);
        if (unseen != null) {
            e.outsiders.noteHidden(simpleName(receiver.getClass()) + "." + method + " at " + s.location() + ", "
                    + unseen);
            if (!(receiver instanceof ForkJoinTask<?> || receiver instanceof ForkJoinPool)) {
                return null; // the object itself is no shared state
            }
        }
        Object state = e.resources.viewed(receiver);
        boolean view = state != receiver;
        if (view && state.getClass().isArray()) {
            // a view of an array (Arrays.asList, a wrapping buffer, an array's stream): a call reads or writes its
            // elements
            CallAccesses onArray = arguments(e, me, args, state, false, s.member());
            onArray.array(state, me, !(receiver instanceof java.util.stream.BaseStream<?, ?>
                    || ITERATION.contains(method) || s.kind() == OpKind.READ));
            return onArray.anchor(s, site);
        }
        Class<?> type = receiver.getClass();
        LibraryClass kind = kindOf(receiver, state);
        CallAccesses more = arguments(e, me, args, state, method.equals("drainTo"), s.member());
        if (kind == LibraryClass.IGNORED) {
            return more.none() ? null : more.anchor(s, site);
        }
        // a view reads its collection when the call would read it (a stream stage, a step of an iteration) and
        // writes it otherwise (an iterator's remove, an entry's setValue, a wrapper's add)
        boolean observes = view && (receiver instanceof java.util.stream.BaseStream<?, ?> || ITERATION.contains(method))
                || s.kind() == OpKind.READ && !kind.mutatesOnRead(state.getClass());
        OpKind op = kind == LibraryClass.UNSAFE ? (observes ? OpKind.READ : OpKind.WRITE)
                : (observes ? OpKind.VOLATILE_READ : OpKind.RMW);
        Class<?> stateType = state.getClass();
        boolean concurrency = stateType.getName().startsWith("java.util.concurrent.");
        int rid = e.resources.id(state, "state", me);
        String name = e.resources.describe(state);
        StablePools.stabilize(state);
        long hidden = !concurrency ? JdkDomains.NONE : e.domains.of(state, e.resources, me);
        // an executor's invokeAll and invokeAny also touch the futures they create (CallScope); other calls of that
        // name (an unknown executor's) touch hidden state of unknown extent
        boolean creates = hidden >= 0 && (method.equals("invokeAll") || method.equals("invokeAny"));
        Operation call = CallOperations.libraryCall(op, rid, name, site, simpleName(type) + "." + method,
                kind == LibraryClass.UNSAFE, concurrency)
                .touching(creates || !method.startsWith("invoke") ? hidden : JdkDomains.UNKNOWN)
                .alsoTouching(more.reads(), more.writes());
        call.scope = creates ? new CallScope(hidden, more.reads(), more.writes(), method.equals("invokeAll")) : null;
        return call;
    }

    private static Operation onArguments(Execution e, ManagedThread me, Object[] args, Site s,
            int site) {
        CallAccesses more = arguments(e, me, args, null, s.kind() != OpKind.READ, s.member());
        return more.none() ? null : more.anchor(s, site);
    }

    /** What a call counts as on {@code receiver}, which shows the state of {@code state}. */
    private static LibraryClass kindOf(Object receiver, Object state) {
        // the application's own classes are instrumented; what they inherit from a JDK class is not, so an object of
        // a class extending one counts as that JDK class (see LibraryClass)
        LibraryClass kind = LibraryClass.of(receiver.getClass());
        // an unmodifiable view of a mutable object reads it
        return kind == LibraryClass.IGNORED && state != receiver ? LibraryClass.of(state.getClass()) : kind;
    }

    /** The accesses of the JDK objects among {@code args} (the first one written when {@code writeFirst}). */
    private static CallAccesses arguments(Execution e, ManagedThread me, Object[] args, Object receiverState,
            boolean writeFirst, String member) {
        CallAccesses a = new CallAccesses(e);
        if (args == null) {
            return a;
        }
        int arrays = 0;
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg != null && arg.getClass().isArray()) {
                // the elements of an array the call is given are read or written in its step
                a.array(arg, me, ArrayElements.written(member, arrays++));
            }
            if (arg instanceof Object[] elements && elements.length <= VARARGS_LIMIT) {
                // varargs ({@code String.format("%s", list)}): the objects in the array are what the call reads
                for (Object element : elements) {
                    if (element != null && !(element instanceof Object[])) {
                        argument(e, me, element, receiverState, false, a);
                    }
                }
                continue;
            }
            if (arg == null || arg.getClass().isArray()) {
                continue;
            }
            argument(e, me, arg, receiverState, writeFirst && i == 0, a);
        }
        return a;
    }

    /** Adds the access of one JDK object a call is given, unless it is the receiver's state or no JDK state. */
    private static void argument(Execution e, ManagedThread me, Object arg, Object receiverState,
            boolean write, CallAccesses a) {
        Object state = e.resources.viewed(arg);
        if (state == receiverState) {
            return;
        }
        if (state.getClass().isArray()) {
            a.array(state, me, write); // a view of an array (Arrays.asList) given to a call: its elements
            return;
        }
        if (kindOf(arg, state) == LibraryClass.IGNORED) {
            return;
        }
        if (state.getClass().getName().startsWith("java.util.concurrent.")) {
            long domain = e.domains.of(state, e.resources, me);
            if (domain >= 0) {
                a.add(domain, write);
                a.add(Operation.ANY_CONCURRENCY_STATE, false);
            } else {
                a.add(Operation.ANY_CONCURRENCY_STATE, true);
            }
        }
        a.first(state, me, kindOf(arg, state) == LibraryClass.UNSAFE, write);
        a.add(e.resources.id(state, "state", me), write);
    }

    /** @return what of {@code receiver}'s effect no scheduling point shows, or null when its calls are accesses */
    private static String unseenState(Object receiver) {
        if (receiver instanceof java.lang.invoke.VarHandle
                || receiver instanceof java.util.concurrent.atomic.AtomicIntegerFieldUpdater
                || receiver instanceof java.util.concurrent.atomic.AtomicLongFieldUpdater
                || receiver instanceof java.util.concurrent.atomic.AtomicReferenceFieldUpdater) {
            return "which changes a field no scheduling point shows (field updaters and VarHandles are not modelled)";
        }
        if (receiver instanceof ForkJoinTask<?> || receiver instanceof ForkJoinPool) {
            return "whose pool's work stealing (which task runs where, and when) is not modelled";
        }
        return null;
    }

    static String simpleName(Class<?> type) {
        String n = type.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }
}
