package dev.frontrun.internal.explore;

import dev.frontrun.Verdict;
import dev.frontrun.internal.explain.Explanation;

/**
 * The explorer's findings, turned into the public result by the API layer.
 *
 * @param verdict {@link Verdict#HOLDS}, {@link Verdict#VIOLATED} or {@link Verdict#INCONCLUSIVE}
 * @param executions how many executions ran
 * @param completed how many of them ran to completion
 * @param seed the seed
 * @param strategy the strategy's name
 * @param counterexample the failing schedule, or {@code null}
 * @param explanation the explanation of the failure (structure; rendered at the edges), or {@code null}
 * @param violation the short description of the failure, or {@code null}
 * @param reproductionAttempts how often the counterexample was replayed
 * @param reproductionSuccesses how often the replay failed the same way
 * @param inconclusiveReason why no verdict could be given (INCONCLUSIVE), or why a systematic HOLDS is not
 *     exhaustive (the bound it stopped at), or {@code null}
 * @param exhaustive whether a systematic strategy explored everything it could produce
 * @param stuck the thread that kept an execution past its time limit, which ended the exploration, or null
 */
public record ExplorationReport(Verdict verdict, int executions, int completed, long seed, String strategy,
        int[] counterexample, Explanation explanation, String violation, int reproductionAttempts,
        int reproductionSuccesses, String inconclusiveReason, boolean exhaustive, Stuck stuck) {
}
