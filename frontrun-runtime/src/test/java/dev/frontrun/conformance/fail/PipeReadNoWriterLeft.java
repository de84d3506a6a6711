package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;

import dev.frontrun.conformance.Conformance;

/** The writer sends one byte and forgets to close; the reader waits for the end of the stream, which never comes. */
public final class PipeReadNoWriterLeft implements Conformance {
    @Override
    public void run() throws Exception {
        PipedOutputStream out = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(out);
        Thread writer = start(() -> out.write(1));
        while (in.read() >= 0) {
            // until the end of the stream
        }
        join(writer);
    }
}
