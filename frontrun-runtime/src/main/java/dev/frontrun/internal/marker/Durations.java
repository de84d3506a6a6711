package dev.frontrun.internal.marker;

import java.util.Locale;

/** Formats nanosecond durations for messages. */
final class Durations {

    private Durations() {
    }

    static String text(long nanos) {
        double seconds = nanos / 1e9;
        return seconds >= 1 ? String.format(Locale.ROOT, "%.1f s", seconds)
                : String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6));
    }
}
