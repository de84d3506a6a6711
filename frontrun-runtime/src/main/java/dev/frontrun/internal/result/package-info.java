/**
 * The result of a scenario run, one typed model for both sides of the fork: the scenario's JVM builds and writes a
 * {@code ScenarioResult} (with its {@code StrategyResult}s, {@code Environment} and {@code Grade}), the plugin reads
 * the same records back through {@code ResultFiles}; {@code ResultJson} is the one codec (JSON format version 1,
 * checked there), with a small hand-written {@code JsonWriter}/{@code JsonReader} pair (no JSON library in the
 * runtime).
 */
package dev.frontrun.internal.result;
