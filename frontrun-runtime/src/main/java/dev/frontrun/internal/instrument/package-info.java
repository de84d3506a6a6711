/**
 * Byte-buddy instrumentation: scheduling points for field, array and monitor accesses of included classes
 * ({@link dev.frontrun.internal.instrument.AccessMethodVisitor}), advice for JDK threads, parking, atomics and
 * sockets ({@link dev.frontrun.internal.instrument.JdkAdvice}) and the installer; the site table and the scope are in
 * {@code internal.vocab}.
 */
package dev.frontrun.internal.instrument;
