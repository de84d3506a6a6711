package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import dev.frontrun.conformance.Conformance;

/** The acceptor waits for a second connection that the only client, which connects once, never makes. */
public final class ChannelAcceptNobodyConnects implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread acceptor = start(() -> {
                for (int i = 0; i < 2; i++) {
                    server.accept().close();
                }
            });
            SocketChannel.open(server.getLocalAddress()).close();
            join(acceptor);
        }
    }
}
