package dev.frontrun.internal.dpor;

import dev.frontrun.internal.sched.Operation;

/** Breaks "internal.dpor stands alone" on purpose, for ArchitectureTest's check of its own rules. */
final class DporFixtureUsingTheScheduler {
    Operation operation;
}
