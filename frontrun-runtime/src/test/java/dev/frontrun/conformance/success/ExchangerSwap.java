package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.Exchanger;

import dev.frontrun.conformance.Conformance;

/** Two threads swap values through an Exchanger. */
public final class ExchangerSwap implements Conformance {
    @Override
    public void run() throws Exception {
        Exchanger<Integer> exchanger = new Exchanger<>();
        int[] got = {0, 0};
        Thread t = start(() -> got[1] = exchanger.exchange(2));
        got[0] = exchanger.exchange(1);
        join(t);
        check(got[0] == 2 && got[1] == 1, "the values were not swapped");
    }
}
