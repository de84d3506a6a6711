package dev.frontrun.internal.result;

import dev.frontrun.internal.sched.Execution;

/** Breaks "the codecs need only the JDK and the public API" on purpose, for ArchitectureTest's check of its rules. */
final class ResultFixtureUsingTheScheduler {
    Execution execution;
}
