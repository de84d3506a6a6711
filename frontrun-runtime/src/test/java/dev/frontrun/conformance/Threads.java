package dev.frontrun.conformance;

/** What the conformance programs share: starting threads whose bodies may throw, joining them, checking. */
public final class Threads {

    private Threads() {
    }

    /** A thread body that may throw. */
    @FunctionalInterface
    public interface Body {
        /** @throws Exception a failure, which fails the execution */
        void run() throws Exception;
    }

    /**
     * @param body what the thread runs
     * @return the started thread
     */
    public static Thread start(Body body) {
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    /**
     * Starts a virtual thread (JDK 21+; called through reflection, as the module compiles for JDK 17).
     *
     * @param body what the thread runs
     * @return the started thread
     * @throws ReflectiveOperationException before JDK 21
     */
    public static Thread startVirtual(Body body) throws ReflectiveOperationException {
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        Thread t = (Thread) Class.forName("java.lang.Thread$Builder").getMethod("unstarted", Runnable.class)
                .invoke(builder, (Runnable) () -> {
                    try {
                        body.run();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
        t.start();
        return t;
    }

    /** @return whether this JVM has virtual threads (JDK 21+) */
    public static boolean virtualThreads() {
        return Runtime.version().feature() >= 21;
    }

    /**
     * @param threads the threads to join, in order
     * @throws InterruptedException when interrupted
     */
    public static void join(Thread... threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join();
        }
    }

    /**
     * @param condition what must hold
     * @param what the failure's message
     */
    public static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
