package dev.frontrun.internal.dpor;

/**
 * Vector clocks as int arrays indexed by thread id; entries past the end of an array are 0, so clocks made
 * before a thread with a higher id appeared need no resizing.
 */
final class VectorClocks {

    private VectorClocks() {
    }

    static int get(int[] clock, int thread) {
        return thread < clock.length ? clock[thread] : 0;
    }

    /** {@code into := into ⊔ from} (pointwise maximum). */
    static void join(int[] into, int[] from) {
        int n = Math.min(into.length, from.length);
        for (int i = 0; i < n; i++) {
            if (from[i] > into[i]) {
                into[i] = from[i];
            }
        }
    }
}
