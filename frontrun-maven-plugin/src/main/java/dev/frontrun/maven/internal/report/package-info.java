/** Rendering saved results: FreeMarker HTML pages and JUnit XML, and reading the result files back. */
package dev.frontrun.maven.internal.report;
