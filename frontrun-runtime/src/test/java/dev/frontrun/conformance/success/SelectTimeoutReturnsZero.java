package dev.frontrun.conformance.success;

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
import java.util.concurrent.TimeUnit;

import dev.frontrun.conformance.Conformance;

/**
 * The fixed twin of {@code SelectTimeoutTakenForData}: the server expects {@code select(500)} to time out (0, after
 * its full half second on the program's clock), and then waits for the connection without a limit;
 * {@code selectNow} sees it once it came.
 */
public final class SelectTimeoutReturnsZero implements Conformance {
    @Override
    public void run() throws Exception {
        CountDownLatch looked = new CountDownLatch(1);
        CountDownLatch connected = new CountDownLatch(1);
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            InetSocketAddress address = (InetSocketAddress) server.getLocalAddress();
            Thread client = start(() -> {
                looked.await();
                SocketChannel c = SocketChannel.open(address);
                connected.countDown();
                c.close();
            });
            long start = System.nanoTime();
            check(selector.select(500) == 0, "a connection nobody made");
            check(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(500), "returned before the timeout");
            check(selector.selectNow() == 0, "selectNow saw a connection nobody made");
            looked.countDown();
            connected.await();
            check(selector.selectNow() == 1, "selectNow missed the connection");
            join(client);
        }
    }
}
