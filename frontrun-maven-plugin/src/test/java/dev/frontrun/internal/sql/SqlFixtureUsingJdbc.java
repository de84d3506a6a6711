package dev.frontrun.internal.sql;

import dev.frontrun.internal.jdbc.JdbcEventListener;

/** Breaks "internal.sql stands alone" on purpose, for ArchitectureTest's check of its own rules. */
final class SqlFixtureUsingJdbc {
    JdbcEventListener listener;
}
