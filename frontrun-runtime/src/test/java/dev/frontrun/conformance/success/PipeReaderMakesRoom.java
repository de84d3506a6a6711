package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.CountDownLatch;

import dev.frontrun.conformance.Conformance;

/**
 * The fixed twin of {@code PipeWriterBlocksOnFullBuffer}: the reader reads the message first (making room as the
 * writer fills the 1024-byte buffer) and then waits for the writer's signal.
 */
public final class PipeReaderMakesRoom implements Conformance {
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
        check(in.readAllBytes().length == 2048, "the message was cut short");
        written.await();
        join(writer);
    }
}
