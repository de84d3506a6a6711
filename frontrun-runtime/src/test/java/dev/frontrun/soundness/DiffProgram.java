package dev.frontrun.soundness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.Frontrun;

/**
 * A generated program: 2–3 workers of 2–5 operations each over one {@link DiffWorld}. Its property is
 * serializability: the final state (shared state and what each worker read) equals the state of some serial
 * order of the whole workers. Serial orders satisfy it by definition; a race that lets one worker see or
 * overwrite another's half-done work violates it.
 *
 * @param id the program's number
 * @param workers each worker's operations
 */
record DiffProgram(int id, List<List<DiffOp>> workers) {

    private static final DiffOp.Kind[] PLAIN = {
        DiffOp.Kind.READ, DiffOp.Kind.WRITE, DiffOp.Kind.INC, DiffOp.Kind.ARRAY_READ, DiffOp.Kind.ARRAY_WRITE,
        DiffOp.Kind.ARRAY_INC, DiffOp.Kind.SYNC_BLOCK_INC, DiffOp.Kind.SYNC_METHOD_INC, DiffOp.Kind.SYNC_METHOD_READ,
        DiffOp.Kind.STATIC_SYNC_INC, DiffOp.Kind.LOCK_INC, DiffOp.Kind.LOCK_READ, DiffOp.Kind.MAP_GET,
        DiffOp.Kind.MAP_PUT, DiffOp.Kind.MAP_PUT_IF_MISSING, DiffOp.Kind.MAP_SIZE, DiffOp.Kind.LIST_ADD,
        DiffOp.Kind.LIST_SIZE, DiffOp.Kind.ATOMIC_INC, DiffOp.Kind.ATOMIC_GET, DiffOp.Kind.ATOMIC_SET,
        DiffOp.Kind.CHM_GET, DiffOp.Kind.CHM_PUT_IF_MISSING, DiffOp.Kind.QUEUE_OFFER, DiffOp.Kind.QUEUE_POLL,
        DiffOp.Kind.VECTOR_ADD, DiffOp.Kind.VECTOR_COPY_SIZE, DiffOp.Kind.VECTOR_ITER_SUM,
        DiffOp.Kind.VECTOR_VIEW_SIZE, DiffOp.Kind.VECTOR_SORT, DiffOp.Kind.SYNC_MAP_PUT,
        DiffOp.Kind.SYNC_MAP_ENTRY_SUM, DiffOp.Kind.ARRAY_COPY_READ, DiffOp.Kind.ARRAY_FILL,
        DiffOp.Kind.ARRAY_COPY_OF_SUM, DiffOp.Kind.ARRAY_SHIFT, DiffOp.Kind.BOXES_LIST_SET, DiffOp.Kind.BOXES_READ,
        DiffOp.Kind.STATIC_INC_HERE, DiffOp.Kind.STATIC_INC_THERE,
    };

    /**
     * @param seed the generator's seed
     * @param id the program's number: the same seed and id give the same program
     * @return the program
     */
    static DiffProgram generate(long seed, int id) {
        Random r = new Random(seed * 1_000_003L + id);
        int n = 2 + r.nextInt(2);
        List<List<DiffOp>> workers = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            List<DiffOp> ops = new ArrayList<>();
            int len = 2 + r.nextInt(4);
            for (int i = 0; i < len; i++) {
                ops.add(new DiffOp(PLAIN[r.nextInt(PLAIN.length)], r.nextInt(2)));
            }
            workers.add(ops);
        }
        if (r.nextInt(10) < 3) { // about 3 programs in 10: one worker starts threads of its own
            List<DiffOp> ops = workers.get(r.nextInt(n));
            DiffOp.Kind k = r.nextBoolean() ? DiffOp.Kind.THREAD_INC : DiffOp.Kind.EXECUTOR_INC_TWICE;
            ops.set(r.nextInt(ops.size()), new DiffOp(k, r.nextInt(2)));
        }
        return new DiffProgram(id, List.copyOf(workers));
    }

    /** @return the features the program uses, such as {@code HashMap} or {@code new Thread} */
    Set<String> features() {
        Set<String> out = new TreeSet<>();
        for (List<DiffOp> w : workers) {
            for (DiffOp op : w) {
                out.add(op.kind().feature);
            }
        }
        return out;
    }

    /** @return the final states of every serial order of the workers */
    Set<String> serialOutcomes() {
        Set<String> out = new HashSet<>();
        permute(new ArrayList<>(), out);
        return out;
    }

    private void permute(List<Integer> order, Set<String> out) {
        if (order.size() == workers.size()) {
            DiffWorld w = new DiffWorld();
            for (int t : order) {
                DiffInterpreter.run(w, t, workers.get(t), true);
            }
            out.add(w.outcome());
            return;
        }
        for (int t = 0; t < workers.size(); t++) {
            if (!order.contains(t)) {
                order.add(t);
                permute(order, out);
                order.remove(order.size() - 1);
            }
        }
    }

    /** @return the exploration of this program, its property set, strategy not yet chosen */
    ExplorationBuilder<DiffWorld> exploration() {
        Set<String> allowed = serialOutcomes();
        ExplorationBuilder<DiffWorld> b = Frontrun.explore(DiffWorld::new)
                .invariant(w -> allowed.contains(w.outcome()));
        for (int t = 0; t < workers.size(); t++) {
            int me = t;
            List<DiffOp> ops = workers.get(t);
            b.worker(w -> DiffInterpreter.run(w, me, ops, false));
        }
        return b;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("#" + id);
        for (int t = 0; t < workers.size(); t++) {
            b.append(" | w").append(t).append(": ").append(workers.get(t));
        }
        return b.toString();
    }
}
