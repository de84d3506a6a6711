package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.start;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/** The waiter swallows the interrupt and carries on as if the latch were open. */
public final class InterruptSwallowed implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        Thread waiter = start(() -> {
            try {
                open.await();
            } catch (InterruptedException e) {
                // swallowed
            }
            check(open.getCount() == 0, "went on before the latch opened");
        });
        waiter.interrupt();
        join(waiter);
        open.countDown();
    }
}
