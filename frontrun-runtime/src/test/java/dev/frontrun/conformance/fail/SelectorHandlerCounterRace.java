package dev.frontrun.conformance.fail;

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
 * A selector loop answers the client's request and then counts it in a plain field; the client counts its own call
 * after the answer: nothing orders the two increments, so one can be lost.
 */
public final class SelectorHandlerCounterRace implements Conformance {
    private int calls;

    @Override
    public void run() throws Exception {
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            InetSocketAddress address = (InetSocketAddress) server.getLocalAddress();
            Thread client = start(() -> {
                try (SocketChannel c = SocketChannel.open(address)) {
                    c.write(ByteBuffer.wrap(new byte[] {1}));
                    c.read(ByteBuffer.allocate(1));
                    calls++;
                }
            });
            boolean answered = false;
            while (!answered) {
                selector.select();
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey k = it.next();
                    it.remove();
                    if (k.isAcceptable()) {
                        SocketChannel c = server.accept();
                        c.configureBlocking(false);
                        c.register(selector, SelectionKey.OP_READ);
                    } else if (k.isReadable()) {
                        SocketChannel c = (SocketChannel) k.channel();
                        ByteBuffer buf = ByteBuffer.allocate(1);
                        if (c.read(buf) > 0) {
                            buf.flip();
                            c.write(buf);
                            calls++;
                            answered = true;
                        }
                    }
                }
            }
            join(client);
            check(calls == 2, "an increment was lost");
        }
    }
}
