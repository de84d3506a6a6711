package dev.frontrun.conformance.success;

import static dev.frontrun.conformance.Threads.check;
import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.start;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;

import dev.frontrun.conformance.Conformance;

/** Request and response over two pipes: the server thread answers each request with its double, then the end. */
public final class PipeRequestResponse implements Conformance {
    @Override
    public void run() throws Exception {
        PipedOutputStream requests = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(requests);
        PipedOutputStream responses = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(responses);
        Thread server = start(() -> {
            int r;
            while ((r = serverIn.read()) >= 0) {
                responses.write(2 * r);
            }
            responses.close();
        });
        requests.write(3);
        check(clientIn.read() == 6, "wrong response");
        requests.write(4);
        check(clientIn.read() == 8, "wrong response");
        requests.close();
        check(clientIn.read() == -1, "no end of stream");
        join(server);
    }
}
