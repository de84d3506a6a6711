/**
 * PostgreSQL for the plugin: one server per build, started by a {@link dev.frontrun.maven.internal.db.PostgresProvider}
 * ({@code embedded}, {@code external}, {@code docker} or {@code auto}), and a fresh database per scenario on it.
 *
 * <p>Nothing here depends on Maven: the mojo turns its parameters into {@link dev.frontrun.maven.internal.db.PostgresSettings}
 * and calls {@link dev.frontrun.maven.internal.db.PostgresProviders#create}. Every server listens on 127.0.0.1 only;
 * Docker containers run on the host network, never behind a bridge address.
 */
package dev.frontrun.maven.internal.db;
