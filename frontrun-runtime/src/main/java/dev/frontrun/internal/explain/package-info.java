/** Explanations of failing executions: conflict summaries, source lines and condensed step listings. */
package dev.frontrun.internal.explain;
