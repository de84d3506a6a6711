package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import dev.frontrun.conformance.Conformance;

/** The server accepts one connection and serves it; two clients connect and wait for a byte: one waits forever. */
public final class ServerAcceptsOnce implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            Thread handler = start(() -> {
                try (Socket s = server.accept()) {
                    s.getOutputStream().write(1);
                }
            });
            Thread a = start(() -> {
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    c.getInputStream().read();
                }
            });
            Thread b = start(() -> {
                try (Socket c = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    c.getInputStream().read();
                }
            });
            join(handler, a, b);
        }
    }
}
