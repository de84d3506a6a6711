package dev.frontrun.conformance.fail;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.PipedReader;
import java.io.PipedWriter;

import dev.frontrun.conformance.Conformance;

/** The writer counts after writing, the reader after reading: the pipe orders nothing after the write. */
public final class PipeCounterRace implements Conformance {
    private int count;

    @Override
    public void run() throws Exception {
        PipedWriter out = new PipedWriter();
        PipedReader in = new PipedReader(out);
        Thread writer = start(() -> {
            out.write('x');
            count++;
            out.close();
        });
        check(in.read() == 'x', "wrong character");
        count++;
        join(writer);
        check(count == 2, "an increment was lost");
    }
}
