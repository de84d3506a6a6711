/** Rendering saved results (read with the runtime's {@code ResultFiles}): FreeMarker HTML pages and JUnit XML. */
package dev.frontrun.maven.internal.report;
