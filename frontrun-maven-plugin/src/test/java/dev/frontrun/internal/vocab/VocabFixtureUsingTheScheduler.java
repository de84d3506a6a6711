package dev.frontrun.internal.vocab;

import dev.frontrun.internal.sched.Operation;

/** Breaks "the shared vocabulary stands alone" on purpose, for ArchitectureTest's check of its own rules. */
final class VocabFixtureUsingTheScheduler {
    Operation operation;
}
