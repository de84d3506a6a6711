package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/**
 * The fixed twin of {@code SocketReadTimesOut}: the client expects the silence, catches the timeout, and sees that
 * its full second passed on the program's clock.
 */
public final class SocketReadTimeoutExpected implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read();
                    done.await();
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.setSoTimeout(1000);
                client.getOutputStream().write(41);
                long start = System.nanoTime();
                boolean timedOut = false;
                try {
                    client.getInputStream().read();
                } catch (SocketTimeoutException expected) {
                    timedOut = true;
                }
                check(timedOut, "the read returned");
                check(System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(1), "timed out early");
            } finally {
                done.countDown();
            }
            join(handler);
        }
    }
}
