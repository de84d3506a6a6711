package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import dev.frontrun.conformance.Conformance;

/**
 * The server's handler answers the request, then counts it in a plain field; the client, once answered, counts its
 * own call in the same field: the response orders nothing after it, so an increment can be lost.
 */
public final class SocketHandlerCounterRace implements Conformance {
    private int served;

    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    s.getOutputStream().write(s.getInputStream().read());
                    served++;
                }
            });
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                c.getOutputStream().write(7);
                check(c.getInputStream().read() == 7, "wrong answer");
                served++;
            }
            join(handler);
            check(served == 2, "an increment was lost");
        }
    }
}
