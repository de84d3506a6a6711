package dev.frontrun.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny line-protocol server on 127.0.0.1 holding one integer: {@code GET} answers the value, {@code SET n} stores
 * it, {@code WAIT} answers only after some connection sent {@code RELEASE}. Its threads are not managed.
 */
final class LoopbackServer implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;
    private volatile int value;
    private volatile CountDownLatch release = new CountDownLatch(1);
    final AtomicInteger connections = new AtomicInteger();

    LoopbackServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "loopback-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int value() {
        return value;
    }

    void reset() {
        value = 0;
        release = new CountDownLatch(1);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                connections.incrementAndGet();
                Thread h = new Thread(() -> serve(s), "loopback-handler");
                h.setDaemon(true);
                h.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(s.getOutputStream(), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("GET")) {
                    out.println(value);
                } else if (line.startsWith("SET ")) {
                    value = Integer.parseInt(line.substring(4));
                    out.println("OK");
                } else if (line.equals("WAIT")) {
                    boolean released = release.await(10, TimeUnit.SECONDS);
                    out.println(released ? "RELEASED" : "TIMEOUT");
                } else if (line.equals("RELEASE")) {
                    release.countDown();
                    out.println("OK");
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // connection ends
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
