package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/**
 * A timed select is taken to mean a connection came; but the client connects only once the server has looked, so
 * {@code select(500)} returns 0 when its time runs out.
 */
public final class SelectTimeoutTakenForData implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch looked = new CountDownLatch(1);
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            InetSocketAddress address = (InetSocketAddress) server.getLocalAddress();
            Thread client = start(() -> {
                looked.await();
                SocketChannel.open(address).close();
            });
            int ready;
            try {
                ready = selector.select(500);
            } finally {
                looked.countDown();
            }
            join(client);
            check(ready == 1, "select returned without a connection");
        }
    }
}
