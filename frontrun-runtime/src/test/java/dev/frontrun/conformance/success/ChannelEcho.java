package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import dev.frontrun.conformance.Conformance;

/** NIO in blocking mode: a server channel's handler echoes one request; the client reads it back, then the end. */
public final class ChannelEcho implements Conformance {
    @Override
    public void run() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread echo = start(() -> {
                try (SocketChannel s = server.accept()) {
                    ByteBuffer b = ByteBuffer.allocate(1);
                    s.read(b);
                    b.flip();
                    s.write(b);
                }
            });
            try (SocketChannel c = SocketChannel.open(server.getLocalAddress())) {
                c.write(ByteBuffer.wrap(new byte[] {5}));
                ByteBuffer answer = ByteBuffer.allocate(2);
                check(c.read(answer) == 1 && answer.get(0) == 5, "wrong echo");
                check(c.read(answer) == -1, "no end of stream after the server closed");
            }
            join(echo);
        }
    }
}
