package dev.frontrun;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A schedule: the managed thread chosen at each scheduling point of one execution. It prints compactly
 * ({@code v1 0x3 1x2 0}: thread 0 three times, thread 1 twice, thread 0 once), parses back with {@link #parse},
 * and replays with {@link Strategy#replay(Interleaving)}.
 */
public final class Interleaving {

    private static final String VERSION = "v1";
    private final int[] choices;

    private Interleaving(int[] choices) {
        this.choices = choices.clone();
    }

    /**
     * @param choices the thread id chosen at each step
     * @return the interleaving
     */
    public static Interleaving of(int... choices) {
        for (int c : choices) {
            if (c < 0) {
                throw new IllegalArgumentException("thread ids are not negative: " + Arrays.toString(choices));
            }
        }
        return new Interleaving(choices);
    }

    /**
     * Parses the text {@link #toString()} writes.
     *
     * @param text such as {@code v1 0x3 1x2 0}
     * @return the interleaving
     * @throws IllegalArgumentException when the text is not an interleaving
     */
    public static Interleaving parse(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length == 0 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not a frontrun interleaving (it should start with '" + VERSION
                    + "'): " + text);
        }
        List<Integer> out = new ArrayList<>();
        try {
            for (int i = 1; i < parts.length; i++) {
                String[] run = parts[i].split("x", 2);
                int thread = Integer.parseInt(run[0]);
                int times = run.length == 2 ? Integer.parseInt(run[1]) : 1;
                if (thread < 0 || times < 1) {
                    throw new NumberFormatException(parts[i]);
                }
                for (int k = 0; k < times; k++) {
                    out.add(thread);
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad step '" + e.getMessage() + "' in interleaving: " + text, e);
        }
        return of(out.stream().mapToInt(Integer::intValue).toArray());
    }

    /** @return the thread chosen at each step (a copy) */
    public int[] choices() {
        return choices.clone();
    }

    /** @return the number of steps */
    public int length() {
        return choices.length;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(VERSION);
        int i = 0;
        while (i < choices.length) {
            int j = i;
            while (j < choices.length && choices[j] == choices[i]) {
                j++;
            }
            b.append(' ').append(choices[i]);
            if (j - i > 1) {
                b.append('x').append(j - i);
            }
            i = j;
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interleaving other && Arrays.equals(choices, other.choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(choices);
    }
}
