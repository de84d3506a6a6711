/**
 * The vocabulary the instrumentation and the scheduling core share, so that neither imports the other's internals:
 * the kinds of operations ({@link dev.frontrun.internal.vocab.OpKind}), source sites
 * ({@link dev.frontrun.internal.vocab.Site}, the table {@link dev.frontrun.internal.vocab.Sites}), and which code an
 * exploration observes ({@link dev.frontrun.internal.vocab.Scope}, with the globs of
 * {@link dev.frontrun.internal.vocab.Includes}), and how texts name an exploration's threads
 * ({@link dev.frontrun.internal.vocab.ThreadNames}). Depends on the JDK only (enforced by {@code ArchitectureTest}).
 */
package dev.frontrun.internal.vocab;
