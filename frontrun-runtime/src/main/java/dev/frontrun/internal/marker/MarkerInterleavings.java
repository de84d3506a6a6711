package dev.frontrun.internal.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import dev.frontrun.Step;

/**
 * Every order of the actors' marker steps that keeps each actor's own order: the interleavings of the sequences,
 * {@code (n1 + n2 + ...)! / (n1! n2! ...)} of them, produced one at a time in lexicographic order of the actors.
 */
public final class MarkerInterleavings {

    private MarkerInterleavings() {
    }

    /**
     * @param actors each actor's name and its markers in program order
     * @return how many orders there are (saturating at {@code Long.MAX_VALUE})
     */
    public static long count(List<List<Step>> actors) {
        long total = 1;
        int placed = 0;
        for (List<Step> a : actors) {
            for (int k = 1; k <= a.size(); k++) {
                placed++;
                // multiply by placed/k, exactly: C(placed, k) grows one factor at a time
                total = Math.multiplyHigh(total, placed) != 0 ? Long.MAX_VALUE : total * placed / k;
            }
        }
        return total;
    }

    /**
     * Visits the orders until {@code visitor} returns false or {@code limit} orders were visited.
     *
     * @param actors each actor's steps in program order
     * @param limit the most orders to visit
     * @param visitor gets each order; returns whether to go on
     * @return how many orders were visited
     */
    public static long forEach(List<List<Step>> actors, long limit, Predicate<List<Step>> visitor) {
        long[] visited = {0};
        int total = actors.stream().mapToInt(List::size).sum();
        walk(actors, new int[actors.size()], new ArrayList<>(total), total, limit, visitor, visited);
        return visited[0];
    }

    private static boolean walk(List<List<Step>> actors, int[] next, List<Step> prefix, int total, long limit,
            Predicate<List<Step>> visitor, long[] visited) {
        if (prefix.size() == total) {
            visited[0]++;
            return visitor.test(List.copyOf(prefix)) && visited[0] < limit;
        }
        for (int a = 0; a < actors.size(); a++) {
            if (next[a] < actors.get(a).size()) {
                prefix.add(actors.get(a).get(next[a]++));
                boolean goOn = walk(actors, next, prefix, total, limit, visitor, visited);
                next[a]--;
                prefix.remove(prefix.size() - 1);
                if (!goOn) {
                    return false;
                }
            }
        }
        return true;
    }
}
