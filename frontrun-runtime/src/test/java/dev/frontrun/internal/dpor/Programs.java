package dev.frontrun.internal.dpor;

/**
 * Test programs with known trace counts: simple shapes, synchronisation (locks, spawn and join, park and unpark,
 * wait and notify) and deadlocks. The literature benchmarks are in {@link LiteraturePrograms}.
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
