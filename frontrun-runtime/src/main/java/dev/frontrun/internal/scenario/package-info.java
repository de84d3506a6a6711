/**
 * Running one race scenario in its own JVM (the fork task {@code ScenarioTask}): loading it
 * ({@code LoadedScenario}), running each requested strategy on it ({@code MarkerRunner}, {@code ExploreRunner},
 * {@code NaiveRunner}, in {@code ScenarioRunner}), and collecting a {@code ScenarioResult}.
 */
package dev.frontrun.internal.scenario;
