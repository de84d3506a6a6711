package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.PipedReader;
import java.io.PipedWriter;

import dev.frontrun.conformance.Conformance;

/**
 * Each side writes its whole message before it reads the other's; both messages are larger than a pipe's
 * 1024-character buffer, so each writer waits for the other to read: a deadlock of two full pipes.
 */
public final class PipedWriterFillsBuffer implements Conformance {
    @Override
    public void run() throws Exception {
        PipedWriter toB = new PipedWriter();
        PipedReader atB = new PipedReader(toB);
        PipedWriter toA = new PipedWriter();
        PipedReader atA = new PipedReader(toA);
        char[] message = new char[1500];
        Thread b = start(() -> {
            toA.write(message);
            atB.read(new char[1500]);
        });
        toB.write(message);
        atA.read(new char[1500]);
        join(b);
    }
}
