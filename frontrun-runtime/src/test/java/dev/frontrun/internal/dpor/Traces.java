package dev.frontrun.internal.dpor;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical forms of Mazurkiewicz traces: two executions are equivalent exactly when they have the same canonical
 * form, the lexicographic normal form over {@link Dependence} (repeatedly emit the lowest thread whose next event
 * depends on nothing still unemitted).
 */
final class Traces {

    private Traces() {
    }

    static String canonical(List<Choice> execution) {
        List<Choice> rest = new ArrayList<>(execution);
        StringBuilder out = new StringBuilder();
        while (!rest.isEmpty()) {
            int best = -1;
            for (int i = 0; i < rest.size(); i++) {
                Choice c = rest.get(i);
                if (best >= 0 && c.thread() >= rest.get(best).thread()) {
                    continue;
                }
                if (isFirstOfThread(rest, i) && isMinimal(rest, i)) {
                    best = i;
                }
            }
            Choice c = rest.remove(best);
            out.append(c.thread()).append(':').append(c.op()).append(' ');
        }
        return out.toString();
    }

    private static boolean isFirstOfThread(List<Choice> rest, int i) {
        for (int k = 0; k < i; k++) {
            if (rest.get(k).thread() == rest.get(i).thread()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMinimal(List<Choice> rest, int i) {
        for (int k = 0; k < i; k++) {
            if (Dependence.dependent(rest.get(k), rest.get(i))) {
                return false;
            }
        }
        return true;
    }
}
