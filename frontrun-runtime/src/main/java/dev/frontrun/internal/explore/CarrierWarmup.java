package dev.frontrun.internal.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts the JVM's virtual-thread carriers (JDK 21+) once, before the first exploration. The JDK starts a carrier the
 * first time a virtual thread needs one, from whichever thread submits it: inside an execution that is a managed
 * thread, which would make the carrier a thread of that execution (and a class initialisation of the virtual-thread
 * machinery a scheduling point for others to wait behind), while in every later execution the same carriers exist
 * already. Started here, outside any execution, every execution finds them as they will stay.
 */
final class CarrierWarmup {

    private static volatile boolean done;

    private CarrierWarmup() {
    }

    /** Runs as many virtual threads at once as the scheduler has carriers, each holding its carrier briefly. */
    static void ensure() {
        if (done || Runtime.version().feature() < 21) {
            return;
        }
        synchronized (CarrierWarmup.class) {
            if (done) {
                return;
            }
            done = true;
            int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism",
                    Runtime.getRuntime().availableProcessors());
            CountDownLatch all = new CountDownLatch(carriers);
            List<Thread> started = new ArrayList<>();
            try {
                Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
                java.lang.reflect.Method start = Class.forName("java.lang.Thread$Builder").getMethod("start",
                        Runnable.class);
                for (int i = 0; i < carriers; i++) {
                    started.add((Thread) start.invoke(builder, (Runnable) () -> {
                        all.countDown();
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
                        // holds the carrier (no parking) until all have started or a moment has passed
                        while (all.getCount() > 0 && System.nanoTime() - until < 0) {
                            Thread.onSpinWait();
                        }
                    }));
                }
                for (Thread t : started) {
                    t.join(1000);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // no virtual threads here after all: nothing to warm
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
