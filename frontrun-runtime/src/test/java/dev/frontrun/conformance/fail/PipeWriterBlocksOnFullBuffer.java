package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/**
 * The reader waits until the whole message is written before it reads; the message is larger than the pipe's
 * 1024-byte buffer, so the writer waits for room that only the reader can make: both are blocked for good.
 */
public final class PipeWriterBlocksOnFullBuffer implements Conformance {
    @Override
    public void run() throws Exception {
        PipedOutputStream out = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(out);
        CountDownLatch written = new CountDownLatch(1);
        Thread writer = start(() -> {
            out.write(new byte[2048]);
            written.countDown();
            out.close();
        });
        written.await();
        in.readAllBytes();
        join(writer);
    }
}
