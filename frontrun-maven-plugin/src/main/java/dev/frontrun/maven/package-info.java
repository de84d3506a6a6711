/**
 * The frontrun Maven plugin's goals: {@code explore} (run every race scenario, enforce the declared outcomes) and
 * {@code report} (render saved results as a site report). The goals only turn parameters into options; the work is
 * in {@code dev.frontrun.maven.internal}.
 */
package dev.frontrun.maven;
