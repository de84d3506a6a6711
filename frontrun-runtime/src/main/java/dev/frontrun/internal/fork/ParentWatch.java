package dev.frontrun.internal.fork;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Ends an orphaned fork: when the launching JVM dies (even by SIGKILL) its end of the stdin pipe closes, and its pid
 * disappears. Two daemon threads watch for either and halt the fork with {@link #EXIT_ORPHANED}.
 */
final class ParentWatch {

    /** The exit code of a fork that outlived its parent. */
    static final int EXIT_ORPHANED = 97;

    private ParentWatch() {
    }

    static void start(long parentPid, boolean watchStdin, InputStream stdin) {
        if (watchStdin) {
            daemon("frontrun-stdin-watch", () -> {
                try {
                    while (stdin.read() >= 0) {
                        // the parent never writes; anything it sends is ignored
                    }
                } catch (IOException e) {
                    // a broken pipe means the same as end of file
                }
                orphaned("stdin reached end of file");
            });
        }
        if (parentPid > 0) {
            Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
            if (parent.isEmpty()) {
                orphaned("parent process " + parentPid + " does not exist");
            }
            daemon("frontrun-parent-watch", () -> {
                ProcessHandle handle = parent.get();
                while (handle.isAlive()) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                orphaned("parent process " + parentPid + " ended");
            });
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void orphaned(String why) {
        System.err.println("frontrun fork: the launching JVM is gone (" + why + "); exiting");
        System.err.flush();
        Runtime.getRuntime().halt(EXIT_ORPHANED);
    }
}
