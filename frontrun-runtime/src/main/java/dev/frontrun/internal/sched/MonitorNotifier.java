package dev.frontrun.internal.sched;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * Wakes threads that wait for their turn inside {@code monitor.wait} (a synchronized method's entry, an
 * {@code Object.wait}) from a thread of its own: {@code notifyAll} needs the monitor, and the thread handing over the
 * turn must never block on it (the woken thread may already have taken it back and gone on to its next scheduling
 * point, holding it). The waiters also look again every few milliseconds, so a late notification only costs time.
 */
final class MonitorNotifier {

    private static final LinkedBlockingQueue<Object> QUEUE = new LinkedBlockingQueue<>();
    private static volatile Thread thread;

    private MonitorNotifier() {
    }

    /** Queues a {@code notifyAll} of {@code monitor}. */
    static void notifyAllLater(Object monitor) {
        if (thread == null) {
            start();
        }
        QUEUE.offer(monitor);
    }

    /** @return whether {@code id} is the notifying thread's id */
    static boolean isNotifier(long id) {
        Thread t = thread;
        return t != null && t.getId() == id;
    }

    private static synchronized void start() {
        if (thread != null) {
            return;
        }
        Thread t = new Thread(MonitorNotifier::run, "frontrun-monitor-notifier");
        t.setDaemon(true);
        ManagedThreads.adopt(t, null);
        t.start();
        thread = t;
    }

    private static void run() {
        while (true) {
            Object monitor;
            try {
                monitor = QUEUE.take();
            } catch (InterruptedException e) {
                continue;
            }
            synchronized (monitor) {
                monitor.notifyAll();
            }
        }
    }
}
