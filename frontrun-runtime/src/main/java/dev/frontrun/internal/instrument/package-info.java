/**
 * Byte-buddy instrumentation: scheduling points for field, array and monitor accesses of included classes
 * ({@link dev.frontrun.internal.instrument.AccessMethodVisitor}), advice for JDK threads, parking, atomics and
 * sockets ({@link dev.frontrun.internal.instrument.JdkAdvice}), the site table and the installer.
 */
package dev.frontrun.internal.instrument;
