package dev.frontrun.internal.fork;

/**
 * The application class of {@link StartupTraining}: loaded there by a loader of its own from a directory, so that
 * the agent instruments it as it instruments a project's classes (field accesses and a synchronized method).
 */
public final class TrainingCounter implements Runnable {

    private int count;

    /** A new counter at zero. */
    public TrainingCounter() {
    }

    @Override
    public void run() {
        count = count + 1;
        seen();
    }

    private synchronized void seen() {
        if (count < 0) {
            throw new IllegalStateException("negative count " + count);
        }
    }
}
