/**
 * Race scenarios for the frontrun Maven plugin: a class implementing {@link dev.frontrun.scenario.Scenario} and
 * annotated with {@link dev.frontrun.scenario.RaceScenario} declares state, actors, an invariant, an optional marker
 * schedule and the expected outcome; the plugin runs every strategy on it and enforces the expectation.
 */
package dev.frontrun.scenario;
