package dev.frontrun.internal.marker;

import java.util.List;

/**
 * The end of a run.
 *
 * @param stall why the schedule stopped being followed, or null when it completed
 * @param finalPositions where the workers stood at the end
 * @param allEnded whether every worker ended within the timeout
 */
public record MarkerOutcome(MarkerStall stall, List<MarkerPosition> finalPositions, boolean allEnded) {
}
