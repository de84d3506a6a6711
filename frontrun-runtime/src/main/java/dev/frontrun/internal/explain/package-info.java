/**
 * Explanations of failing executions, as structure: the {@code Explainer} turns a trace into an
 * {@code Explanation} (conflict summary, {@code ExplainedStep}s with thread, source line, resources and SQL,
 * {@code Elision}s of long runs, the SQL anomaly); {@code ExplanationText} renders it for people. Nothing parses the
 * text back.
 */
package dev.frontrun.internal.explain;
