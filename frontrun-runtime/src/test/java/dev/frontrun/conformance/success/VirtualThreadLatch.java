package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.Threads;

/** A virtual thread waits on a latch the main thread opens after writing (JDK 21+). */
public final class VirtualThreadLatch implements Conformance {
    @Override
    public boolean supported() {
        return Threads.virtualThreads();
    }

    @Override
    public void run() throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        int[] value = {0};
        int[] seen = {-1};
        Thread t = Threads.startVirtual(() -> {
            open.await();
            seen[0] = value[0];
        });
        value[0] = 1;
        open.countDown();
        join(t);
        check(seen[0] == 1, "read before the latch opened");
    }
}
