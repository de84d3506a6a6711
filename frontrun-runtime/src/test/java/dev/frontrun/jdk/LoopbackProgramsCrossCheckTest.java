package dev.frontrun.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

/**
 * Soundness of DPOR on the I/O models (accept, connect, socket and channel reads, writes and closes, a selector's
 * select, a pipe's reads and writes): on generated programs, every final outcome that long random runs reach must be
 * among the outcomes of DPOR's exhaustive exploration. A program is a server (the worker) and one or two clients it
 * starts: each client connects, says who it is, mixes plain reads and writes of shared cells and pipe writes with
 * request-response calls; the server accepts (blocking, or through a selector), serves each connection in accept
 * order with answers that depend on the shared cells, and finally reads what the clients put in the pipe. (The
 * generator makes one client: every loopback operation conflicts with every other for DPOR, so two clients with
 * request-response traffic take more executions than the budget.)
 */
class LoopbackProgramsCrossCheckTest {

    private static final int PROGRAMS = 12;
    private static final int RANDOM_RUNS = 400;
    /** Programs whose outcome depends on the interleaving: the check means nothing without them. */
    private static final java.util.concurrent.atomic.AtomicInteger VARIED =
            new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void someOutcomesVaried() {
        assertTrue(VARIED.get() >= PROGRAMS / 2, VARIED + " of " + PROGRAMS + " programs had more than one outcome");
    }

    /** One operation of a generated client: 0 read a cell, 1 write a cell, 2 write the pipe, 3 request-response. */
    record Step(int code, int arg) {
    }

    /**
     * A generated program: whether the server selects, the server's own steps (0 read a cell, 1 write it) right
     * after it started the clients and after it served them, and each client's steps.
     */
    record Program(boolean selector, List<Step> server, List<List<Step>> clients) {
        int pipeBytes() {
            return (int) clients.stream().flatMap(List::stream).filter(s -> s.code() == 2).count();
        }

        int requests(int client) {
            return (int) clients.get(client).stream().filter(s -> s.code() == 3).count();
        }
    }

    static final class State {
        final int[] cells = new int[2];
        final String[] seen;
        final PipedOutputStream pipeOut = new PipedOutputStream();
        final PipedInputStream pipeIn;

        State(int threads) {
            seen = new String[threads];
            Arrays.fill(seen, "");
            try {
                pipeIn = new PipedInputStream(pipeOut);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String outcome() {
            return Arrays.toString(cells) + " " + String.join(",", seen);
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, PROGRAMS).mapToObj(i -> 2000L + i);
    }

    static Program generate(long seed) {
        Random rng = new Random(seed);
        boolean selector = seed % 2 == 0;
        // one client: all loopback operations conflict for DPOR, and with two clients the traces outgrow the budget
        int clients = 1;
        List<List<Step>> program = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Step> steps = new ArrayList<>();
            int n = clients == 1 ? 2 + rng.nextInt(2) : 1 + rng.nextInt(2);
            for (int i = 0; i < n; i++) {
                steps.add(new Step(rng.nextInt(4), rng.nextInt(2)));
            }
            program.add(steps);
        }
        List<Step> server = List.of(new Step(rng.nextInt(2), rng.nextInt(2)), new Step(rng.nextInt(2), rng.nextInt(2)));
        return new Program(selector, server, program);
    }

    /** A connection's two streams, over a classic socket or a blocking channel. */
    record Ends(InputStream in, OutputStream out, AutoCloseable socket) {
        static Ends of(Socket s) throws IOException {
            return new Ends(s.getInputStream(), s.getOutputStream(), s);
        }

        static Ends of(SocketChannel c) {
            return new Ends(Channels.newInputStream(c), Channels.newOutputStream(c), c);
        }
    }

    static void client(State s, Program p, int me, InetSocketAddress server) throws Exception {
        Ends e = p.selector() ? Ends.of(SocketChannel.open(server)) : Ends.of(new Socket(server.getAddress(),
                server.getPort()));
        try (AutoCloseable closing = e.socket()) {
            e.out().write(me);
            for (Step st : p.clients().get(me - 1)) {
                switch (st.code()) {
                    case 0 -> s.seen[me] += "r" + s.cells[st.arg()];
                    case 1 -> s.cells[st.arg()] = me;
                    case 2 -> s.pipeOut.write(me);
                    default -> {
                        e.out().write(me * 10 + st.arg());
                        s.seen[me] += "R" + e.in().read();
                    }
                }
            }
            s.seen[me] += e.in().read() < 0 ? "E" : "?"; // the server hangs up once this client is served
        }
    }

    static void server(State s, Program p) throws Exception {
        int n = p.clients().size();
        List<Thread> clients = new ArrayList<>();
        List<Ends> accepted = new ArrayList<>();
        InetAddress loopback = InetAddress.getLoopbackAddress();
        if (p.selector()) {
            try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
                server.bind(new InetSocketAddress(loopback, 0));
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                start(s, p, (InetSocketAddress) server.getLocalAddress(), clients);
                step(s, p.server().get(0));
                while (accepted.size() < n) {
                    selector.select();
                    selector.selectedKeys().clear();
                    SocketChannel c;
                    while ((c = server.accept()) != null) {
                        accepted.add(Ends.of(c));
                    }
                }
                serve(s, p, accepted);
            }
        } else {
            try (ServerSocket server = new ServerSocket(0, 50, loopback)) {
                start(s, p, new InetSocketAddress(loopback, server.getLocalPort()), clients);
                step(s, p.server().get(0));
                for (int i = 0; i < n; i++) {
                    accepted.add(Ends.of(server.accept()));
                }
                serve(s, p, accepted);
            }
        }
        step(s, p.server().get(1));
        for (int i = 0; i < p.pipeBytes(); i++) {
            s.seen[0] += "p" + s.pipeIn.read();
        }
        for (Thread t : clients) {
            t.join();
        }
    }

    private static void step(State s, Step st) {
        if (st.code() == 0) {
            s.seen[0] += "r" + s.cells[st.arg()];
        } else {
            s.cells[st.arg()] = 9;
        }
    }

    private static void start(State s, Program p, InetSocketAddress address, List<Thread> clients) {
        for (int c = 1; c <= p.clients().size(); c++) {
            int me = c;
            Thread t = new Thread(() -> {
                try {
                    client(s, p, me, address);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            clients.add(t);
            t.start();
        }
    }

    /** Serves the connections in accept order: each client's requests, answered with the shared cells, then bye. */
    private static void serve(State s, Program p, List<Ends> accepted) throws Exception {
        for (Ends e : accepted) {
            int client = e.in().read();
            s.seen[0] += "c" + client;
            for (int r = 0; r < p.requests(client - 1); r++) {
                int request = e.in().read();
                e.out().write(request + s.cells[request % 2]);
            }
            e.socket().close();
        }
    }

    private static Set<String> outcomes(Program program, Strategy strategy, int attempts, boolean[] exhaustive) {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExplorationBuilder<State> b = Frontrun.explore(() -> new State(program.clients().size() + 1))
                .worker(s -> {
                    try {
                        server(s, program);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .invariant(s -> seen.add(s.outcome()) || true)
                .strategy(strategy).maxAttempts(attempts);
        ExplorationResult r = (strategy.uses(Strategy.SEED) ? b.seed(11) : b).run();
        assertEquals(Verdict.HOLDS, r.verdict(), () -> program + "\n" + r.report());
        exhaustive[0] = r.exhaustive();
        return new TreeSet<>(seen);
    }

    @ParameterizedTest(name = "program {0}")
    @MethodSource("seeds")
    void randomOutcomesAreDporOutcomes(long seed) {
        Program program = generate(seed);
        boolean[] exhaustive = new boolean[1];
        long start = System.nanoTime();
        Set<String> dpor = outcomes(program, Strategy.dpor(), 5_000, exhaustive);
        assertTrue(exhaustive[0], () -> "DPOR did not finish " + program);
        long dporMillis = (System.nanoTime() - start) / 1_000_000;
        Set<String> sampled = new TreeSet<>(outcomes(program, Strategy.random(), RANDOM_RUNS, new boolean[1]));
        sampled.addAll(outcomes(program, Strategy.pos(), RANDOM_RUNS / 2, new boolean[1]));
        System.out.println("program " + seed + " " + program + ": DPOR " + dpor.size() + " outcomes (" + dporMillis
                + " ms), sampling " + sampled.size());
        if (dpor.size() > 1) {
            VARIED.incrementAndGet();
        }
        sampled.removeAll(dpor);
        assertTrue(sampled.isEmpty(), () -> "outcomes DPOR missed: " + sampled + "\nprogram " + program
                + "\nDPOR's: " + dpor);
    }
}
