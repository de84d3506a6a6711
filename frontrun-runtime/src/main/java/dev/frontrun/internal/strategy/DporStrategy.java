package dev.frontrun.internal.strategy;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.internal.dpor.DporExplorer;
import dev.frontrun.internal.dpor.DporOptions;
import dev.frontrun.internal.dpor.Footprint;
import dev.frontrun.internal.dpor.Op;
import dev.frontrun.internal.dpor.OpKind;
import dev.frontrun.internal.dpor.ThreadState;
import dev.frontrun.internal.sched.ChoicePoint;
import dev.frontrun.internal.sched.Operation;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.sched.ThreadView;

/**
 * Systematic exploration: the scheduler's choice points drive the optimal DPOR engine, which explores one
 * execution per Mazurkiewicz trace of the operations' dependencies.
 *
 * <p>Operations map to the engine's: field and array accesses and volatile or atomic accesses to reads, writes and
 * read-modify-writes of their resource; monitors and locks to acquire/release; wait/notify to the monitor; thread
 * start/join/end; park/unpark to the thread's permit; socket I/O to a read-modify-write of the socket (two threads on
 * one connection always conflict: an over-approximation, which is allowed). Sleep and yield touch nothing shared.
 */
public final class DporStrategy implements SchedulingStrategy {

    private static final long NOTHING_SHARED = Long.MIN_VALUE;
    private static final long PARKING = Operation.ANY_CONCURRENCY_STATE;
    private static final long PERMITS = Long.MIN_VALUE + (1L << 32);
    private static final long INTERRUPTS = Long.MIN_VALUE + (2L << 32);
    private static final long CLOCK = Long.MIN_VALUE + 2;

    private final DporExplorer engine;
    private Op chosenOp;
    private List<ThreadState> unfinished = List.of();

    /**
     * @param options the engine's bounds
     */
    public DporStrategy(DporOptions options) {
        this.engine = new DporExplorer(options);
    }

    @Override
    public boolean beginExecution(int index) {
        return engine.beginExecution();
    }

    @Override
    public int choose(ChoicePoint point) {
        List<ThreadState> threads = new ArrayList<>(point.threads().size());
        for (ThreadView v : point.threads()) {
            // a spurious wake-up is one more choice: the blocked thread may run its pending operation anyway
            threads.add(new ThreadState(v.id(), v.choosable(), map(v.id(), v.pending())));
        }
        int chosen = engine.choose(threads);
        chosenOp = threads.stream().filter(t -> t.id() == chosen).findFirst().orElseThrow().pending();
        return chosen;
    }

    @Override
    public void executed(int thread, Operation op) {
        // report what the engine was told at the choice, so that replayed prefixes compare like with like
        engine.executed(thread, chosenOp != null ? chosenOp : map(thread, op));
        chosenOp = null;
    }

    @Override
    public void blockedAtEnd(List<ThreadView> threads) {
        unfinished = new ArrayList<>(threads.size());
        for (ThreadView v : threads) {
            unfinished.add(new ThreadState(v.id(), false, map(v.id(), v.pending())));
        }
    }

    @Override
    public void endExecution(boolean completed) {
        engine.endExecution(unfinished);
        unfinished = List.of();
    }

    @Override
    public boolean exhausted() {
        return engine.exhaustive();
    }

    @Override
    public boolean systematic() {
        return true;
    }

    @Override
    public String incompleteness() {
        return engine.divergence().map(d -> "DPOR could not reproduce " + engine.divergences()
                + (engine.divergences() == 1 ? " branch" : " branches") + " and explored on without "
                + (engine.divergences() == 1 ? "it" : "them") + ", so the exploration is not exhaustive. "
                + d.message()).orElse(null);
    }

    /**
     * java.util.concurrent keeps state no scheduling point shows (wait queues, a pool's work queue, a future's state,
     * which thread an unpark wakes). A step that touches it writes its domain and reads the shared {@code PARKING}
     * resource; a step whose hidden state is not known writes {@code PARKING}, so it depends on every such step (an
     * over-approximation, so sound). Parks, unparks and interrupts also write the target thread's permit, an
     * interrupt its interrupt status, which every java.util.concurrent step of that thread may read.
     */
    private static Footprint hidden(int thread, Operation op) {
        long[] writes = new long[4];
        int w = 0;
        long[] reads = new long[2];
        int r = 0;
        reads[r++] = INTERRUPTS + thread;
        switch (op.kind()) {
            case PARK -> writes[w++] = PERMITS + thread;
            case UNPARK -> writes[w++] = PERMITS + op.targetThread();
            case INTERRUPT -> {
                writes[w++] = PERMITS + op.targetThread();
                writes[w++] = INTERRUPTS + op.targetThread();
            }
            default -> {
            }
        }
        // a timed wait may also return when its time runs out, which the virtual clock decides from what every other
        // thread can do: it keeps depending on every java.util.concurrent step, as all of them once did
        long domain = op.timed() ? -1 : op.hiddenDomain();
        if (domain >= 0) {
            writes[w++] = domain;
            reads[r++] = PARKING;
        } else if (domain == -1) {
            writes[w++] = PARKING;
        }
        return Footprint.of(java.util.Arrays.copyOf(writes, w), java.util.Arrays.copyOf(reads, r));
    }

    /**
     * A thread start inside a JDK call (a pool adding a worker) is followed by more of that call: the spawn also
     * touches the call's hidden state, like any other step inside it.
     */
    private static Op spawn(int thread, Operation op) {
        Op spawn = Op.spawn(op.targetThread());
        long domain = op.hiddenDomain();
        if (domain >= 0) {
            return spawn.alsoWriting(domain).alsoReading(PARKING).alsoReading(INTERRUPTS + thread);
        }
        return domain == -1 ? spawn.alsoWriting(PARKING).alsoReading(INTERRUPTS + thread) : spawn;
    }

    /**
     * With early expiry on, a timed wait's end depends on the virtual clock, which every early expiry moves (and
     * which may end other timed waits): each such operation also writes the {@code CLOCK} resource, so DPOR orders
     * timed waits with each other both ways. It may now also end before an interrupt of its thread instead of by
     * it, so it reads the thread's interrupt status too.
     */
    static Op map(int thread, Operation op) {
        Op mapped = mapKind(thread, op);
        return op != null && op.clocked() ? mapped.alsoWriting(CLOCK).alsoReading(INTERRUPTS + thread) : mapped;
    }

    private static Op mapKind(int thread, Operation op) {
        if (op == null) {
            return Op.end();
        }
        return Footprint.widen(mapOwn(thread, op), op.alsoReads(), op.alsoWrites());
    }

    private static Op mapOwn(int thread, Operation op) {
        long resource = op.resource();
        if (op.touchesConcurrencyState()) {
            return Op.footprint(hidden(thread, op));
        }
        switch (op.kind()) {
            case READ:
            case VOLATILE_READ:
                return Op.read(resource);
            case WRITE:
            case VOLATILE_WRITE:
                return Op.write(resource);
            case RMW:
            case SOCKET_READ:
            case SOCKET_WRITE:
                return Op.readModifyWrite(resource);
            case LOCK_ACQUIRE:
                return Op.acquire(resource);
            case LOCK_RELEASE:
                return Op.release(resource);
            case WAIT:
                return new Op(OpKind.WAIT, resource);
            case NOTIFY:
                return new Op(OpKind.NOTIFY, resource);
            case SPAWN:
                return spawn(thread, op);
            case JOIN:
                return Op.join(op.targetThread());
            case END:
                return Op.end();
            case YIELD:
                return Op.yieldHint();
            default:
                return Op.read(NOTHING_SHARED);
        }
    }
}
