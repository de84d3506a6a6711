package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.conformance.Conformance;

/**
 * A pool's task that is a method reference straight to an atomic ({@code count::incrementAndGet}) races with the
 * submitter's read: the task may already have run. (DPOR once certified this program, not seeing the task's call.)
 */
public final class PoolTaskMethodReference implements Conformance {
    @Override
    public void run() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicInteger count = new AtomicInteger();
        pool.submit(count::incrementAndGet);
        int seen = count.get();
        pool.shutdown();
        check(seen == 0, "the task ran before the read");
    }
}
