/**
 * Running one race scenario in its own JVM: loading it ({@code LoadedScenario}), running each strategy on it, and
 * collecting a {@code ScenarioResult}.
 */
package dev.frontrun.internal.scenario;
