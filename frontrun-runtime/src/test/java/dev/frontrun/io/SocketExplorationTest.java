package dev.frontrun.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Verdict;

/**
 * I/O-bound code is explorable: socket reads and writes are scheduling points, and a thread blocked in a socket
 * read the scheduler cannot see through does not stop the others.
 */
class SocketExplorationTest {

    private static LoopbackServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new LoopbackServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static void incrementRemotely(int port) {
        try (Client c = new Client(port)) {
            int seen = Integer.parseInt(c.call("GET"));
            c.call("SET " + (seen + 1));
        }
    }

    @Test
    void findsLostUpdateThroughTheServer() {
        int port = server.port();
        ExplorationResult r = Frontrun.explore(() -> {
            server.reset();
            return server;
        })
                .worker(s -> incrementRemotely(port))
                .worker(s -> incrementRemotely(port))
                .invariant(s -> s.value() == 2)
                .maxAttempts(200)
                .seed(42)
                .reproductions(5)
                .blockingThreshold(Duration.ofMillis(200))
                .run();
        System.out.println(r.report());
        assertEquals(Verdict.VIOLATED, r.verdict(), r::report);
        assertTrue(r.explanation().contains("socket:127.0.0.1:" + port), r::explanation);
        assertTrue(r.explanation().contains("Lost update"), r::explanation);
        assertTrue(r.reproductionSuccesses() >= 1, r::report);
    }

    @Test
    void unmodelledBlockingDoesNotHang() {
        int port = server.port();
        ExplorationResult r = Frontrun.explore(() -> {
            server.reset();
            return new String[2];
        })
                .worker(s -> {
                    try (Client c = new Client(port)) {
                        s[0] = c.call("WAIT");
                    }
                })
                .worker(s -> {
                    try (Client c = new Client(port)) {
                        s[1] = c.call("RELEASE");
                    }
                })
                .invariant(s -> "RELEASED".equals(s[0]) && "OK".equals(s[1]))
                .blockingThreshold(Duration.ofMillis(20))
                .executionTimeout(Duration.ofSeconds(20))
                .maxAttempts(20)
                .run();
        assertEquals(Verdict.HOLDS, r.verdict(), r::report);
        assertEquals(20, r.executions());
    }
}
