package dev.frontrun.internal.dpor;

/**
 * The test programs: simple shapes with known trace counts, and the benchmarks of the DPOR literature written as
 * step functions (data-dependent control flow included).
 */
final class Programs {

    private Programs() {
    }

    /** {@code n} threads each writing its own variable: 1 trace. */
    static Program independent(int n) {
        Program.Builder b = Program.named("independent(" + n + ")").vars(n);
        for (int t = 0; t < n; t++) {
            int var = t;
            b.thread(() -> once(Instr.write(var, () -> 1, () -> { })));
        }
        return b.build();
    }

    /** {@code n} threads each writing variable 0: n! traces. */
    static Program writers(int n) {
        Program.Builder b = Program.named("writers(" + n + ")").vars(1);
        for (int t = 0; t < n; t++) {
            int value = t + 1;
            b.thread(() -> once(Instr.write(0, () -> value, () -> { })));
        }
        return b.build();
    }

    /** {@code n} threads each incrementing variable 0 under lock 0: n! traces. */
    static Program lockedIncrements(int n) {
        Program.Builder b = Program.named("lockedIncrements(" + n + ")").vars(1);
        for (int t = 0; t < n; t++) {
            b.thread(() -> new ThreadBody() {
                int seen;

                @Override
                Instr next() {
                    return switch (pc) {
                        case 0 -> Instr.lock(0, () -> pc = 1);
                        case 1 -> Instr.read(0, v -> {
                            seen = v;
                            pc = 2;
                        });
                        case 2 -> Instr.write(0, () -> seen + 1, () -> pc = 3);
                        case 3 -> Instr.unlock(0, () -> pc = 4);
                        default -> null;
                    };
                }
            });
        }
        return b.build();
    }

    /** {@code n} threads each incrementing variable 0 without a lock (read, then write). */
    static Program racyIncrements(int n) {
        Program.Builder b = Program.named("racyIncrements(" + n + ")").vars(1);
        for (int t = 0; t < n; t++) {
            b.thread(() -> new ThreadBody() {
                int seen;

                @Override
                Instr next() {
                    return switch (pc) {
                        case 0 -> Instr.read(0, v -> {
                            seen = v;
                            pc = 1;
                        });
                        case 1 -> Instr.write(0, () -> seen + 1, () -> pc = 2);
                        default -> null;
                    };
                }
            });
        }
        return b.build();
    }

    /**
     * The "readers" benchmark of the optimal-DPOR paper: thread 0 writes a variable that threads 1..n read:
     * 2^n traces (which readers see the write).
     */
    static Program readers(int n) {
        Program.Builder b = Program.named("readers(" + n + ")").vars(1);
        b.thread(() -> once(Instr.write(0, () -> 42, () -> { })));
        for (int t = 0; t < n; t++) {
            b.thread(() -> once(Instr.read(0, v -> { })));
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

    /** Thread 0 spawns threads 1 and 2 that both write x, joins them, then reads x: 2 traces. */
    static Program spawnJoin() {
        return Program.named("spawnJoin").vars(1).thread(() -> new ThreadBody() {
            @Override
            Instr next() {
                return switch (pc) {
                    case 0 -> Instr.spawn(1, once(Instr.write(0, () -> 1, () -> { })), () -> pc = 1);
                    case 1 -> Instr.spawn(2, once(Instr.write(0, () -> 2, () -> { })), () -> pc = 2);
                    case 2 -> Instr.join(1, () -> pc = 3);
                    case 3 -> Instr.join(2, () -> pc = 4);
                    case 4 -> Instr.read(0, v -> pc = 5);
                    default -> null;
                };
            }
        }).build();
    }

    /** Thread 0 writes x then spawns thread 1 that reads x while thread 0 writes x again. */
    static Program spawnRace() {
        return Program.named("spawnRace").vars(1).thread(() -> new ThreadBody() {
            @Override
            Instr next() {
                return switch (pc) {
                    case 0 -> Instr.write(0, () -> 1, () -> pc = 1);
                    case 1 -> Instr.spawn(1, once(Instr.read(0, v -> { })), () -> pc = 2);
                    case 2 -> Instr.write(0, () -> 2, () -> pc = 3);
                    default -> null;
                };
            }
        }).build();
    }

    /** Two threads taking locks 0 and 1 in opposite orders: some executions deadlock. */
    static Program lockOrderInversion() {
        Program.Builder b = Program.named("lockOrderInversion").vars(1);
        for (int t = 0; t < 2; t++) {
            int first = t;
            int second = 1 - t;
            b.thread(() -> new ThreadBody() {
                @Override
                Instr next() {
                    return switch (pc) {
                        case 0 -> Instr.lock(first, () -> pc = 1);
                        case 1 -> Instr.lock(second, () -> pc = 2);
                        case 2 -> Instr.write(0, () -> 1, () -> pc = 3);
                        case 3 -> Instr.unlock(second, () -> pc = 4);
                        case 4 -> Instr.unlock(first, () -> pc = 5);
                        default -> null;
                    };
                }
            });
        }
        return b.build();
    }

    /** Thread 0 writes x under a lock, thread 1 reads x without it, thread 2 writes y under the same lock. */
    static Program mixedLockAndData() {
        return Program.named("mixedLockAndData").vars(2)
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.lock(0, () -> pc = 1);
                            case 1 -> Instr.write(0, () -> 1, () -> pc = 2);
                            case 2 -> Instr.unlock(0, () -> pc = 3);
                            default -> null;
                        };
                    }
                })
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return pc < 2 ? Instr.read(pc == 0 ? 0 : 1, v -> pc++) : null;
                    }
                })
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.lock(0, () -> pc = 1);
                            case 1 -> Instr.write(1, () -> 1, () -> pc = 2);
                            case 2 -> Instr.unlock(0, () -> pc = 3);
                            default -> null;
                        };
                    }
                }).build();
    }

    /**
     * Thread 0 writes x then unparks thread 1, which parks then reads x; thread 2 writes x. The park can only
     * follow the unpark, so only thread 2's write moves: 3 traces.
     */
    static Program parkUnpark() {
        return Program.named("parkUnpark").vars(1)
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.write(0, () -> 1, () -> pc = 1);
                            case 1 -> Instr.unpark(1, () -> pc = 2);
                            default -> null;
                        };
                    }
                })
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.park(1, () -> pc = 1);
                            case 1 -> Instr.read(0, v -> pc = 2);
                            default -> null;
                        };
                    }
                })
                .thread(() -> once(Instr.write(0, () -> 2, () -> { })))
                .build();
    }

    /**
     * A guarded hand-off on monitor 0: thread 0 waits until a flag is set, then reads the data; thread 1 writes
     * the data, sets the flag and notifies, all under the monitor; thread 2 writes the data without it.
     */
    static Program guardedHandoff() {
        final int flag = 0;
        final int data = 1;
        return Program.named("guardedHandoff").vars(2)
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.lock(0, () -> pc = 1);
                            case 1 -> Instr.read(flag, v -> pc = v == 1 ? 4 : 2);
                            case 2 -> Instr.await(0, () -> pc = 3);
                            case 3 -> Instr.lock(0, () -> pc = 1);
                            case 4 -> Instr.read(data, v -> pc = 5);
                            case 5 -> Instr.unlock(0, () -> pc = 6);
                            default -> null;
                        };
                    }
                })
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.lock(0, () -> pc = 1);
                            case 1 -> Instr.write(data, () -> 5, () -> pc = 2);
                            case 2 -> Instr.write(flag, () -> 1, () -> pc = 3);
                            case 3 -> Instr.notifyAll(0, () -> pc = 4);
                            case 4 -> Instr.unlock(0, () -> pc = 5);
                            default -> null;
                        };
                    }
                })
                .thread(() -> once(Instr.write(data, () -> 7, () -> { })))
                .build();
    }

    /**
     * A lost wake-up: thread 0 waits on monitor 0 unconditionally, thread 1 notifies it; when the notification
     * comes first, thread 0 waits for ever (the execution ends with it blocked on a free lock).
     */
    static Program lostWakeup() {
        return Program.named("lostWakeup").vars(1)
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.lock(0, () -> pc = 1);
                            case 1 -> Instr.await(0, () -> pc = 2);
                            case 2 -> Instr.lock(0, () -> pc = 3);
                            case 3 -> Instr.read(0, v -> pc = 4);
                            case 4 -> Instr.unlock(0, () -> pc = 5);
                            default -> null;
                        };
                    }
                })
                .thread(() -> new ThreadBody() {
                    @Override
                    Instr next() {
                        return switch (pc) {
                            case 0 -> Instr.lock(0, () -> pc = 1);
                            case 1 -> Instr.write(0, () -> 1, () -> pc = 2);
                            case 2 -> Instr.notifyAll(0, () -> pc = 3);
                            case 3 -> Instr.unlock(0, () -> pc = 4);
                            default -> null;
                        };
                    }
                })
                .build();
    }

    /** A body performing exactly one step. */
    static ThreadBody once(Instr step) {
        return new ThreadBody() {
            @Override
            Instr next() {
                return pc == 0 ? new Instr(step.op(), vars -> {
                    step.effect().apply(vars);
                    pc = 1;
                }, step.child()) : null;
            }
        };
    }
}
