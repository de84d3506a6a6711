package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import dev.frontrun.conformance.Conformance;

/** A loopback echo server thread and a client: the client reads back what it sent. */
public final class SocketEcho implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread echo = start(() -> {
                try (Socket s = server.accept()) {
                    int b = s.getInputStream().read();
                    s.getOutputStream().write(b + 1);
                }
            });
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                OutputStream out = client.getOutputStream();
                InputStream in = client.getInputStream();
                out.write(41);
                check(in.read() == 42, "wrong echo");
                check(in.read() == -1, "no end of stream after the server closed");
            }
            join(echo);
        }
    }
}
