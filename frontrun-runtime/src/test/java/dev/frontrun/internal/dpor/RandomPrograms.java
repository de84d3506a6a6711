package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random programs for the brute-force cross-check: a few threads over two variables and one lock, with
 * reads, writes, compare-and-sets, critical sections, branches on values read, and sometimes (with two threads) a
 * spawned and joined third one. Sizes stay small enough for brute force. Each seed gives the same program every time.
 */
final class RandomPrograms {

    private RandomPrograms() {
    }

    /** An instruction of a random thread; branches choose between two instruction lists on the value read. */
    private sealed interface Ins {
    }

    private record Read(int var) implements Ins {
    }

    private record Write(int var, int value) implements Ins {
    }

    private record Cas(int var, int expected, int update) implements Ins {
    }

    private record Locked(List<Ins> body) implements Ins {
    }

    private record Branch(int var, List<Ins> ifZero, List<Ins> otherwise) implements Ins {
    }

    static Program generate(long seed) {
        Random r = new Random(seed);
        int threads = 2 + r.nextInt(2);
        boolean spawn = threads == 2 && r.nextInt(3) == 0;
        int maxEvents = threads == 3 ? 3 : spawn ? 3 : 5;
        Program.Builder b = Program.named("random(" + seed + ")").vars(2);
        List<List<Ins>> codes = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int limit = t == 0 && spawn ? 2 : maxEvents;
            List<Ins> code;
            do {
                code = code(r, 1 + r.nextInt(3), true);
            } while (events(code) > limit);
            codes.add(code);
        }
        for (int t = 0; t < threads; t++) {
            List<Ins> code = codes.get(t);
            if (t == 0 && spawn) {
                List<Ins> child = code(r, 2, false);
                int childId = threads;
                b.thread(() -> spawning(childId, child, code));
            } else {
                b.thread(() -> new Interpreted(code));
            }
        }
        return b.build();
    }

    /** The most events a code can perform (both sides of a branch considered). */
    private static int events(List<Ins> code) {
        int n = 0;
        for (Ins i : code) {
            if (i instanceof Locked locked) {
                n += 2 + events(locked.body());
            } else if (i instanceof Branch branch) {
                n += 1 + Math.max(events(branch.ifZero()), events(branch.otherwise()));
            } else {
                n++;
            }
        }
        return n;
    }

    private static List<Ins> code(Random r, int length, boolean nest) {
        List<Ins> out = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int var = r.nextInt(2);
            int pick = r.nextInt(nest ? 7 : 4);
            out.add(switch (pick) {
                case 0, 1 -> new Read(var);
                case 2 -> new Write(var, 1 + r.nextInt(2));
                case 3 -> new Cas(var, 0, 1 + r.nextInt(2));
                case 4 -> new Locked(code(r, 1 + r.nextInt(2), false));
                default -> new Branch(var, code(r, 1, false), code(r, 1 + r.nextInt(2), false));
            });
        }
        return out;
    }

    /** Spawns the child first, runs its own code, joins the child last. */
    private static ThreadBody spawning(int childId, List<Ins> child, List<Ins> code) {
        return new ThreadBody() {
            final Interpreted own = new Interpreted(code);

            @Override
            Instr next() {
                return switch (pc) {
                    case 0 -> Instr.spawn(childId, new Interpreted(child), () -> pc = 1);
                    case 1 -> {
                        Instr i = own.next();
                        yield i != null ? i : Instr.join(childId, () -> pc = 2);
                    }
                    default -> null;
                };
            }
        };
    }

    /** Runs a list of instructions; a branch splices the chosen list in after reading. */
    private static final class Interpreted extends ThreadBody {
        private final List<Ins> todo;

        Interpreted(List<Ins> code) {
            this.todo = new ArrayList<>(code);
        }

        @Override
        Instr next() {
            if (todo.isEmpty()) {
                return null;
            }
            Ins head = todo.get(0);
            if (head instanceof Read read) {
                return Instr.read(read.var(), v -> todo.remove(0));
            }
            if (head instanceof Write write) {
                return Instr.write(write.var(), write::value, () -> todo.remove(0));
            }
            if (head instanceof Cas cas) {
                return Instr.cas(cas.var(), cas.expected(), cas.update(), ok -> todo.remove(0));
            }
            if (head instanceof Locked locked) {
                return Instr.lock(0, () -> {
                    todo.remove(0);
                    todo.addAll(0, locked.body());
                    todo.add(locked.body().size(), new Unlock());
                });
            }
            if (head instanceof Unlock) {
                return Instr.unlock(0, () -> todo.remove(0));
            }
            Branch branch = (Branch) head;
            return Instr.read(branch.var(), v -> {
                todo.remove(0);
                todo.addAll(0, v == 0 ? branch.ifZero() : branch.otherwise());
            });
        }
    }

    private record Unlock() implements Ins {
    }
}
