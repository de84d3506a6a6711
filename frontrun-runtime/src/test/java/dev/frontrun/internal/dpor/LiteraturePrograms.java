package dev.frontrun.internal.dpor;

/**
 * The benchmarks of the DPOR literature as test programs, with the data-dependent control flow of the originals.
 */
final class LiteraturePrograms {

    private LiteraturePrograms() {
    }

    /**
     * The "readers" benchmark of the optimal-DPOR paper: thread 0 writes a variable that threads 1..n read:
     * 2^n traces (which readers see the write).
     */
    static Program readers(int n) {
        Program.Builder b = Program.named("readers(" + n + ")").vars(1);
        b.thread(() -> Programs.once(Instr.write(0, () -> 42, () -> { })));
        for (int t = 0; t < n; t++) {
            b.thread(() -> Programs.once(Instr.read(0, v -> { })));
        }
        return b.build();
    }

    /**
     * {@code writers} threads write variable 0 under lock 0, {@code readers} threads read it without the lock,
     * twice each.
     */
    static Program readersWriters(int readers, int writers) {
        Program.Builder b = Program.named("readersWriters(" + readers + "," + writers + ")").vars(1);
        for (int w = 0; w < writers; w++) {
            int value = w + 1;
            b.thread(() -> new ThreadBody() {
                @Override
                Instr next() {
                    return switch (pc) {
                        case 0 -> Instr.lock(0, () -> pc = 1);
                        case 1 -> Instr.write(0, () -> value, () -> pc = 2);
                        case 2 -> Instr.unlock(0, () -> pc = 3);
                        default -> null;
                    };
                }
            });
        }
        for (int r = 0; r < readers; r++) {
            b.thread(() -> new ThreadBody() {
                @Override
                Instr next() {
                    return pc < 2 ? Instr.read(0, v -> pc++) : null;
                }
            });
        }
        return b.build();
    }

    /**
     * lastzero(n) (Abdulla et al., POPL 2014, Fig. 4): array[0..n] is zero; thread 0 searches backwards for the
     * last zero ({@code for (i = n; array[i] != 0; i--);}), thread j in 1..n does {@code array[j] = array[j-1] + 1}.
     * Thread 0's reads decide its own control flow.
     */
    static Program lastzero(int n) {
        Program.Builder b = Program.named("lastzero(" + n + ")").vars(n + 1);
        b.thread(() -> new ThreadBody() {
            int i = n;
            boolean done;

            @Override
            Instr next() {
                if (done) {
                    return null;
                }
                return Instr.read(i, v -> {
                    if (v != 0) {
                        i--;
                    } else {
                        done = true;
                    }
                });
            }
        });
        for (int j = 1; j <= n; j++) {
            int me = j;
            b.thread(() -> new ThreadBody() {
                int seen;

                @Override
                Instr next() {
                    return switch (pc) {
                        case 0 -> Instr.read(me - 1, v -> {
                            seen = v;
                            pc = 1;
                        });
                        case 1 -> Instr.write(me, () -> seen + 1, () -> pc = 2);
                        default -> null;
                    };
                }
            });
        }
        return b.build();
    }

    /**
     * indexer(n) (Flanagan and Godefroid, POPL 2005, Fig. 3): n threads insert 4 messages each into a 128-slot hash
     * table with compare-and-set, probing linearly on collisions. Threads 0..n-1; message m of thread t is
     * {@code 11 m + t}, hashed to {@code 7 w mod 128}. No collisions below 12 threads.
     */
    static Program indexer(int n) {
        final int size = 128;
        final int max = 4;
        Program.Builder b = Program.named("indexer(" + n + ")").vars(size);
        for (int t = 0; t < n; t++) {
            int tid = t;
            b.thread(() -> new ThreadBody() {
                int m;
                int w;
                int h;
                boolean inserting;

                @Override
                Instr next() {
                    if (!inserting) {
                        if (m >= max) {
                            return null;
                        }
                        m++;
                        w = m * 11 + tid;
                        h = (w * 7) % size;
                        inserting = true;
                    }
                    return Instr.cas(h, 0, w, ok -> {
                        if (ok == 1) {
                            inserting = false;
                        } else {
                            h = (h + 1) % size;
                        }
                    });
                }
            });
        }
        return b.build();
    }

    /**
     * filesystem(n) (Flanagan and Godefroid, POPL 2005, Fig. 5): n threads (ids 0..n-1) each lock inode
     * {@code t mod 32}; if it has no block yet, search the 26 blocks from {@code 2i mod 26} under each block's lock for
     * a free one, mark it busy and record it in the inode. Threads whose search starts at the same block race.
     */
    static Program filesystem(int n) {
        final int inodes = 32;
        final int blocks = 26;
        final int busyBase = inodes;
        final int blockLockBase = 100;
        Program.Builder b = Program.named("filesystem(" + n + ")").vars(inodes + blocks);
        for (int t = 0; t < n; t++) {
            int tid = t;
            b.thread(() -> new ThreadBody() {
                final int i = tid % inodes;
                int blk;

                @Override
                Instr next() {
                    return switch (pc) {
                        case 0 -> Instr.lock(i, () -> pc = 1);
                        case 1 -> Instr.read(i, v -> {
                            if (v == 0) {
                                blk = (i * 2) % blocks;
                                pc = 2;
                            } else {
                                pc = 8;
                            }
                        });
                        case 2 -> Instr.lock(blockLockBase + blk, () -> pc = 3);
                        case 3 -> Instr.read(busyBase + blk, v -> pc = v == 0 ? 4 : 7);
                        case 4 -> Instr.write(busyBase + blk, () -> 1, () -> pc = 5);
                        case 5 -> Instr.write(i, () -> blk + 1, () -> pc = 6);
                        case 6 -> Instr.unlock(blockLockBase + blk, () -> pc = 8);
                        case 7 -> Instr.unlock(blockLockBase + blk, () -> {
                            blk = (blk + 1) % blocks;
                            pc = 2;
                        });
                        case 8 -> Instr.unlock(i, () -> pc = 9);
                        default -> null;
                    };
                }
            });
        }
        return b.build();
    }

}
