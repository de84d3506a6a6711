package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/**
 * The client connects only once the server says it accepted, which it cannot before someone connects: the accept
 * with a half-second timeout times out ({@code SocketTimeoutException}).
 */
public final class ServerAcceptTimesOut implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch accepted = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(500);
            Thread client = start(() -> {
                accepted.await();
                new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()).close();
            });
            try (Socket s = server.accept()) {
                accepted.countDown();
            } finally {
                accepted.countDown();
                join(client);
            }
        }
    }
}
