package dev.frontrun;

import java.time.Duration;
import java.util.Locale;

/**
 * What a {@link NaiveBaseline} measured.
 *
 * @param trials how many trials ran
 * @param failures how many broke the invariant (or had a worker throw)
 * @param seed the seed of the start offsets
 * @param maxStartOffset the largest start offset
 * @param firstFailure what went wrong in the first failing trial, or null
 * @param elapsed the wall time of all trials
 */
public record NaiveResult(int trials, int failures, long seed, Duration maxStartOffset, String firstFailure,
        Duration elapsed) {

    /** @return failures / trials, between 0 and 1 */
    public double rate() {
        return trials == 0 ? 0 : (double) failures / trials;
    }

    /** @return {@code 12.4%} */
    public String ratePercent() {
        return String.format(Locale.ROOT, "%.1f%%", rate() * 100);
    }

    /** @return the three lines {@code Trials: N}, {@code Failures: N}, {@code Rate: P%} */
    @Override
    public String toString() {
        return "Trials:   " + trials + "\nFailures: " + failures + "\nRate:     " + ratePercent();
    }
}
