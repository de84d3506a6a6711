package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import dev.frontrun.conformance.Conformance;

/** NIO: the handler counts after it answers, the client after it is answered: an increment can be lost. */
public final class ChannelHandlerCounterRace implements Conformance {
    private int served;

    @Override
    public void run() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread handler = start(() -> {
                try (SocketChannel s = server.accept()) {
                    ByteBuffer b = ByteBuffer.allocate(1);
                    s.read(b);
                    b.flip();
                    s.write(b);
                    served++;
                }
            });
            try (SocketChannel c = SocketChannel.open(server.getLocalAddress())) {
                c.write(ByteBuffer.wrap(new byte[] {5}));
                c.read(ByteBuffer.allocate(1));
                served++;
            }
            join(handler);
            check(served == 2, "an increment was lost");
        }
    }
}
