package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

import dev.frontrun.conformance.Conformance;

/**
 * A server that accepts with a timeout, and a client that connects: the connection either comes before the
 * timeout (accepted) or the accept times out first and the server accepts again; the client is served either way.
 */
public final class ServerAcceptTimeoutExpected implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(500);
            Thread client = start(() -> {
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                    check(c.getInputStream().read() == 7, "not served");
                }
            });
            Socket s = null;
            while (s == null) {
                try {
                    s = server.accept();
                } catch (SocketTimeoutException again) {
                    // nobody yet
                }
            }
            try (Socket served = s) {
                served.getOutputStream().write(7);
            }
            join(client);
        }
    }
}
