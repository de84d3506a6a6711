/** Locating the application's source files, shared by trace markers and explanations. */
package dev.frontrun.internal.source;
