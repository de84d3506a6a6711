package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import dev.frontrun.conformance.Conformance;

/**
 * The handler counts the request before it answers; the client counts after the answer: the response orders the two
 * increments (the fix of {@code fail/SocketHandlerCounterRace}).
 */
public final class SocketRequestResponseCounter implements Conformance {
    private int served;

    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    int request = s.getInputStream().read();
                    served++;
                    s.getOutputStream().write(request);
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
