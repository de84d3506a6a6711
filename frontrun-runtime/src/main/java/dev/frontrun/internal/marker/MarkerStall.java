package dev.frontrun.internal.marker;

import java.util.List;

import dev.frontrun.Step;

/**
 * Why a schedule could not be followed, captured when that was detected.
 *
 * @param reason what made it stop
 * @param unreached the steps never released
 * @param runningThread the thread that held the run token then, or null
 * @param runningStep the step that thread was running ({@code step 2 (b:orm_read)}), or null
 * @param positions where every thread stood
 */
public record MarkerStall(String reason, List<Step> unreached, String runningThread, String runningStep,
        List<MarkerPosition> positions) {
}
