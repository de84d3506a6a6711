package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

import dev.frontrun.conformance.Conformance;

/**
 * A selector loop accepts a client and answers each byte it reads with the byte plus one; the client checks its
 * answer. The loop ends when the client has hung up.
 */
public final class SelectorEchoServer implements Conformance {
    @Override
    public void run() throws Exception {
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            InetSocketAddress address = (InetSocketAddress) server.getLocalAddress();
            Thread a = start(() -> client(address, 10));
            int open = 0;
            int served = 0;
            while (served < 1 || open > 0) {
                selector.select();
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    if (k.isAcceptable()) {
                        SocketChannel c = server.accept();
                        if (c != null) {
                            c.configureBlocking(false);
                            c.register(selector, SelectionKey.OP_READ);
                            open++;
                        }
                    } else if (k.isReadable()) {
                        SocketChannel c = (SocketChannel) k.channel();
                        ByteBuffer buf = ByteBuffer.allocate(1);
                        int n = c.read(buf);
                        if (n < 0) {
                            c.close();
                            open--;
                        } else if (n > 0) {
                            buf.put(0, (byte) (buf.get(0) + 1)).flip();
                            c.write(buf);
                            served++;
                        }
                    }
                }
            }
            join(a);
        }
    }

    private static void client(InetSocketAddress address, int value) throws Exception {
        try (SocketChannel c = SocketChannel.open(address)) {
            c.write(ByteBuffer.wrap(new byte[] {(byte) value}));
            ByteBuffer answer = ByteBuffer.allocate(1);
            c.read(answer);
            check(answer.get(0) == value + 1, "wrong answer");
        }
    }
}
