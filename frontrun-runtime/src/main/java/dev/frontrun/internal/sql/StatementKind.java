package dev.frontrun.internal.sql;

/** What a SQL statement does, as far as transactions and conflicts are concerned. */
public enum StatementKind {
    /** A query (including {@code SELECT ... FOR UPDATE}). */
    SELECT,
    /** An insert (including upserts). */
    INSERT,
    /** An update. */
    UPDATE,
    /** A delete. */
    DELETE,
    /** Another statement that changes data or schema (DDL, {@code TRUNCATE}, {@code MERGE}, {@code CALL}). */
    OTHER_WRITE,
    /** {@code BEGIN} / {@code START TRANSACTION}. */
    BEGIN,
    /** {@code COMMIT} / {@code END}. */
    COMMIT,
    /** {@code ROLLBACK} / {@code ABORT}. */
    ROLLBACK,
    /** {@code SAVEPOINT name}. */
    SAVEPOINT,
    /** {@code ROLLBACK TO [SAVEPOINT] name}. */
    ROLLBACK_TO_SAVEPOINT,
    /** {@code RELEASE [SAVEPOINT] name}. */
    RELEASE_SAVEPOINT,
    /** A statement without data access ({@code SET}, {@code SHOW}, {@code SELECT 1}). */
    UTILITY;

    /** @return whether this statement controls the transaction rather than touching data */
    public boolean isTransactionControl() {
        return switch (this) {
            case BEGIN, COMMIT, ROLLBACK, SAVEPOINT, ROLLBACK_TO_SAVEPOINT, RELEASE_SAVEPOINT -> true;
            default -> false;
        };
    }
}
