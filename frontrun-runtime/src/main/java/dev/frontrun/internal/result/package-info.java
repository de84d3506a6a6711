/**
 * The result of a scenario run as the scenario's JVM writes it ({@code ScenarioResult}, JSON format version 1) and
 * its grading against the declared expectation ({@code Grade}).
 */
package dev.frontrun.internal.result;
