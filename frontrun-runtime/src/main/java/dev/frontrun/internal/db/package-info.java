/**
 * The database model as the scheduler sees it: JDBC events of managed threads become scheduling points on rows,
 * tables and row locks ({@link dev.frontrun.internal.db.SqlScheduling},
 * {@link dev.frontrun.internal.db.StatementOperations}, {@link dev.frontrun.internal.db.RowLocks} with its
 * {@link dev.frontrun.internal.db.LockKey}s, {@link dev.frontrun.internal.db.LockModes} and
 * {@link dev.frontrun.internal.db.HeldLocks},
 * {@link dev.frontrun.internal.db.PredicateLocks}); each execution gets an
 * {@link dev.frontrun.internal.db.ExecutionDatabase}, the {@link dev.frontrun.internal.sched.DatabaseModel} its
 * {@code Execution} holds, which records the transactions and the deadlock PostgreSQL reported and answers which
 * threads wait for a database lock ({@link dev.frontrun.internal.db.DatabaseWaits}); what keeps an exploration from
 * being a proof is noted in {@link dev.frontrun.internal.db.ProofGaps}. The scheduling core does not
 * import this package; this package drives the core through {@link dev.frontrun.internal.sched.StatementPoints}, which
 * also makes its operations.
 */
package dev.frontrun.internal.db;
