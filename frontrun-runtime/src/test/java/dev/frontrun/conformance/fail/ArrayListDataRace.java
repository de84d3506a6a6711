package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;

import java.util.ArrayList;
import java.util.List;

import dev.frontrun.conformance.Conformance;

/** Two threads add to an ArrayList without synchronization: a data race. */
public final class ArrayListDataRace implements Conformance {
    @Override
    public void run() throws Exception {
        List<Integer> list = new ArrayList<>();
        Thread a = start(() -> list.add(1));
        Thread b = start(() -> list.add(2));
        join(a, b);
    }
}
