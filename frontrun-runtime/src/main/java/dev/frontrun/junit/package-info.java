/**
 * JUnit 5 integration: {@link dev.frontrun.junit.RaceTest} makes a test method's explorations a test with a verdict,
 * {@link dev.frontrun.junit.Replay} replays one interleaving. Needs {@code junit-jupiter-api} on the test class path
 * (frontrun declares it optional).
 */
package dev.frontrun.junit;
