/** The explore goal's engine: scenario discovery, one fork per scenario, grading and enforcement. */
package dev.frontrun.maven.internal.explore;
