/**
 * The bootstrap-visible hook: {@link dev.frontrun.internal.bootstrap.Bridge} and the
 * {@link dev.frontrun.internal.bootstrap.Hooks} it forwards to. These two classes are copied into the bootstrap
 * class loader before first use; nothing else may live in this package.
 */
package dev.frontrun.internal.bootstrap;
