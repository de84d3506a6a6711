package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ConcurrentHashMap;

import dev.frontrun.conformance.Conformance;

/** merge on a ConcurrentHashMap is atomic. */
public final class ConcurrentMapMerge implements Conformance {
    @Override
    public void run() throws Exception {
        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
        Thread a = start(() -> map.merge("k", 1, Integer::sum));
        Thread b = start(() -> map.merge("k", 1, Integer::sum));
        join(a, b);
        check(map.get("k") == 2, "an increment was lost");
    }
}
