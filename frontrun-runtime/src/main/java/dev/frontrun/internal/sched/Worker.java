package dev.frontrun.internal.sched;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** A pooled thread that runs one worker body per execution; reused across executions. */
final class Worker extends Thread {

    volatile ManagedThread managed;
    private volatile Runnable task;
    private volatile boolean retired;

    Worker(int index) {
        super("frontrun-worker-" + index);
        setDaemon(true);
    }

    void assign(Runnable r) {
        task = r;
        SchedulerUnpark.unpark(this);
    }

    void retire() {
        retired = true;
        SchedulerUnpark.unpark(this);
    }

    @Override
    public void run() {
        while (!retired) {
            Runnable r = task;
            if (r == null) {
                LockSupport.parkNanos(this, TimeUnit.SECONDS.toNanos(1));
                continue;
            }
            task = null;
            try {
                r.run();
            } finally {
                managed = null;
            }
        }
    }
}
