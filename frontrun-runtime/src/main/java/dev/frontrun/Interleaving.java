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
        List<String> parts = words(text.trim());
        if (parts.isEmpty() || !parts.get(0).equals(VERSION)) {
            throw new IllegalArgumentException("not a frontrun interleaving (it should start with '" + VERSION
                    + "'): " + text);
        }
        List<Integer> out = new ArrayList<>();
        try {
            for (int i = 1; i < parts.size(); i++) {
                String part = parts.get(i);
                int x = part.indexOf('x');
                int thread = Integer.parseInt(x < 0 ? part : part.substring(0, x));
                int times = x < 0 ? 1 : Integer.parseInt(part.substring(x + 1));
                if (thread < 0 || times < 1) {
                    throw new NumberFormatException(part);
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

    /** The words of the text, separated by runs of white space (space, tab, line breaks, form feed). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
            if (space && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
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
