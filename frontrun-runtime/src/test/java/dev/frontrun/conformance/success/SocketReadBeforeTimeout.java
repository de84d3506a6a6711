package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import dev.frontrun.conformance.Conformance;

/**
 * A read with a timeout whose answer comes: the server can always run before the timeout would expire, so the
 * data wins in every interleaving.
 */
public final class SocketReadBeforeTimeout implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    s.getOutputStream().write(s.getInputStream().read() + 1);
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                client.setSoTimeout(1000);
                client.getOutputStream().write(41);
                check(client.getInputStream().read() == 42, "wrong answer");
            }
            join(handler);
        }
    }
}
