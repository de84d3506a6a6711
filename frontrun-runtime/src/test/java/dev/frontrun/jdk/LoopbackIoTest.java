package dev.frontrun.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousServerSocketChannel;
import java.nio.channels.AsynchronousSocketChannel;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;
import dev.frontrun.conformance.Conformance;
import dev.frontrun.conformance.fail.ChannelAcceptNobodyConnects;
import dev.frontrun.conformance.Threads;
import dev.frontrun.conformance.fail.PipeReadNoWriterLeft;
import dev.frontrun.conformance.fail.PipeWriterBlocksOnFullBuffer;
import dev.frontrun.conformance.fail.PipedWriterFillsBuffer;
import dev.frontrun.conformance.fail.SelectTimeoutTakenForData;
import dev.frontrun.conformance.fail.ServerAcceptTimesOut;
import dev.frontrun.conformance.fail.SocketReadTimesOut;
import dev.frontrun.conformance.fail.SelectorNothingRegistered;
import dev.frontrun.conformance.fail.ServerAcceptsOnce;

/**
 * Sockets, selectors and pipes between managed threads: a call that can never return is reported as blocked, naming
 * the call and its line; a call the scheduler does not model (an asynchronous channel) leaves no verdict.
 */
class LoopbackIoTest {

    private static ExplorationResult explore(Conformance program, Strategy strategy) {
        return Frontrun.explore(() -> program).worker(p -> {
            try {
                p.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).strategy(strategy).maxAttempts(100).reproductions(2).run();
    }

    private static void assertBlocked(Conformance program, String call, String file) {
        for (Strategy s : java.util.List.of(Strategy.random(), Strategy.dpor())) {
            ExplorationResult r = explore(program, s);
            System.out.println(r.report());
            assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
            assertTrue(r.explanation().contains("blocked"), r::explanation);
            assertTrue(r.explanation().contains(call), r::explanation);
            assertTrue(r.explanation().contains(file + ".java:"), r::explanation);
            assertEquals(2, r.reproductionSuccesses(), r::report);
        }
    }

    @Test
    void acceptThatNobodyConnectsToIsBlocked() {
        assertBlocked(new ServerAcceptsOnce(), "Socket.read", "ServerAcceptsOnce");
        assertBlocked(new ChannelAcceptNobodyConnects(), "ServerSocketChannel.accept", "ChannelAcceptNobodyConnects");
    }

    @Test
    void selectWithNothingRegisteredIsBlocked() {
        assertBlocked(new SelectorNothingRegistered(), "Selector.select", "SelectorNothingRegistered");
    }

    /** An asynchronous server and client: the channel group's JDK threads complete the futures. */
    static final class AsyncEcho implements Conformance {
        @Override
        public void run() throws Exception {
            try (AsynchronousServerSocketChannel server = AsynchronousServerSocketChannel.open()) {
                server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Future<AsynchronousSocketChannel> accepted = server.accept();
                try (AsynchronousSocketChannel client = AsynchronousSocketChannel.open()) {
                    client.connect(server.getLocalAddress()).get(10, TimeUnit.SECONDS);
                    client.write(ByteBuffer.wrap(new byte[] {1})).get(10, TimeUnit.SECONDS);
                    try (AsynchronousSocketChannel s = accepted.get(10, TimeUnit.SECONDS)) {
                        s.read(ByteBuffer.allocate(1)).get(10, TimeUnit.SECONDS);
                    }
                }
            }
        }
    }

    @Test
    void asynchronousChannelsFailClosed() {
        for (Strategy s : java.util.List.of(Strategy.random(), Strategy.dpor())) {
            ExplorationResult r = Frontrun.explore(AsyncEcho::new).worker(p -> {
                try {
                    p.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).strategy(s).maxAttempts(5).run();
            System.out.println(r.report());
            assertEquals(Verdict.INCONCLUSIVE, r.verdict(), r::report);
            assertTrue(r.report().contains("AsynchronousServerSocketChannel.accept at LoopbackIoTest.java:"),
                    r::report);
        }
    }

    @Test
    void pipeWhoseWriterEndedFailsAsTheJdkDoes() {
        ExplorationResult r = explore(new PipeReadNoWriterLeft(), Strategy.dpor());
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("Pipe broken"), r::explanation);
    }

    @Test
    void writeToAFullPipeThatNobodyReadsIsBlocked() {
        assertBlocked(new PipeWriterBlocksOnFullBuffer(), "PipedOutputStream.write", "PipeWriterBlocksOnFullBuffer");
        assertBlocked(new PipedWriterFillsBuffer(), "PipedWriter.write", "PipedWriterFillsBuffer");
    }

    /** The reader takes one byte and ends; the writer's second kilobyte finds the buffer full. */
    static final class ReaderEndsEarly implements Conformance {
        @Override
        public void run() throws Exception {
            java.io.PipedOutputStream out = new java.io.PipedOutputStream();
            java.io.PipedInputStream in = new java.io.PipedInputStream(out);
            Thread reader = Threads.start(in::read);
            out.write(new byte[2048]);
            Threads.join(reader);
        }
    }

    @Test
    void fullPipeWhoseReaderEndedFailsAsTheJdkDoes() {
        for (Strategy s : java.util.List.of(Strategy.random(), Strategy.dpor())) {
            ExplorationResult r = explore(new ReaderEndsEarly(), s);
            assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
            assertTrue(r.explanation().contains("Read end dead"), r::explanation);
        }
    }

    /** Timed I/O expires in virtual time and fails as the JDK's does, replayably, under random and DPOR. */
    @Test
    void timedCallsTimeOutAsTheJdkDoes() {
        java.util.Map<Conformance, String> expected = new java.util.LinkedHashMap<>();
        expected.put(new SocketReadTimesOut(), "SocketTimeoutException: Read timed out");
        expected.put(new ServerAcceptTimesOut(), "SocketTimeoutException: Accept timed out");
        expected.put(new SelectTimeoutTakenForData(), "select returned without a connection");
        expected.forEach((program, failure) -> {
            for (Strategy s : java.util.List.of(Strategy.random(), Strategy.dpor())) {
                ExplorationResult r = explore(program, s);
                assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
                assertTrue(r.report().contains(failure), r::report);
                assertEquals(2, r.reproductionSuccesses(), r::report);
            }
        });
    }
}
