package dev.frontrun.internal.sched;

import java.util.ArrayList;
import java.util.List;

/**
 * Views of JDK objects (an unmodifiable wrapper, a key set) that an exploration's setup creates, before its
 * execution exists: kept for the thread running the setup and handed to the execution, so that a call on a view the
 * state holds is an access of the object it shows, as for views the workers create.
 */
public final class SetupViews {

    private static final ThreadLocal<List<Object[]>> RECORDING = new ThreadLocal<>();

    private SetupViews() {
    }

    /** Starts keeping the views this thread creates (call just before running a setup). */
    public static void record() {
        RECORDING.set(new ArrayList<>());
    }

    static void note(Object view, Object of) {
        List<Object[]> views = RECORDING.get();
        if (views != null) {
            views.add(new Object[] {view, of});
        }
    }

    /** Stops keeping views and registers those kept with {@code resources}. */
    static void handTo(Resources resources) {
        List<Object[]> views = RECORDING.get();
        RECORDING.remove();
        if (views != null) {
            for (Object[] v : views) {
                resources.view(v[0], v[1]);
            }
        }
    }
}
