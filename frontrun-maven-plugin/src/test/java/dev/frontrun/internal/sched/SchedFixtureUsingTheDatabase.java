package dev.frontrun.internal.sched;

import dev.frontrun.internal.db.SqlScheduling;

/** Breaks "the scheduling core knows no database" on purpose, for ArchitectureTest's check of its own rules. */
final class SchedFixtureUsingTheDatabase {
    SqlScheduling scheduling;
}
