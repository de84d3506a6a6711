package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import dev.frontrun.conformance.Conformance;

/**
 * The client reads an answer the server never sends, and the server waits for the client to hang up before it
 * closes: each waits for the other to act first, so both block forever.
 */
public final class SocketReadAfterPeerGone implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    while (s.getInputStream().read() >= 0) {
                        // drain until the client hangs up
                    }
                }
            });
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                c.getOutputStream().write(1);
                c.getInputStream().read();
            }
            join(handler);
        }
    }
}
