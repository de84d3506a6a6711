package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ConcurrentHashMap;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** get and put on a ConcurrentHashMap are two steps: an update is lost. */
public final class ConcurrentMapGetThenPut implements Conformance {
    @Override
    public void run() throws Exception {
        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
        Threads.Body increment = () -> {
            Integer old = map.get("k");
            map.put("k", old == null ? 1 : old + 1);
        };
        Thread a = start(increment);
        Thread b = start(increment);
        join(a, b);
        check(map.get("k") == 2, "an increment was lost");
    }
}
