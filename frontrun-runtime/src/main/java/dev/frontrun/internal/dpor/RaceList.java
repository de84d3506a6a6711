package dev.frontrun.internal.dpor;

import java.util.Arrays;

/** The races of one execution as pairs of event indices (earlier, later), in a reused array. */
final class RaceList {

    private int[] pairs = new int[64];
    private int count;

    void clear() {
        count = 0;
    }

    void add(int first, int second) {
        // an event accessing several resources may race with one earlier event on more than one of them
        for (int i = count - 1; i >= 0 && pairs[2 * i + 1] == second; i--) {
            if (pairs[2 * i] == first) {
                return;
            }
        }
        if (2 * count + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[2 * count] = first;
        pairs[2 * count + 1] = second;
        count++;
    }

    int size() {
        return count;
    }

    int first(int race) {
        return pairs[2 * race];
    }

    int second(int race) {
        return pairs[2 * race + 1];
    }
}
