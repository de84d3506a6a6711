package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/**
 * The server answers only once the client is done, so the client's read with a one-second timeout times out
 * ({@code SocketTimeoutException}): in virtual time, at once, when no other thread can run.
 */
public final class SocketReadTimesOut implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    s.getInputStream().read();
                    done.await();
                    s.getOutputStream().write(42);
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.setSoTimeout(1000);
                client.getOutputStream().write(41);
                client.getInputStream().read();
            } finally {
                done.countDown();
            }
            join(handler);
        }
    }
}
