package dev.frontrun.soundness;

import static dev.frontrun.soundness.Expect.dpor;
import static dev.frontrun.soundness.Expect.random;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationBuilder;
import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;

/**
 * Arrays handed to JDK methods: {@code System.arraycopy}, {@code Arrays.fill}, {@code Arrays.copyOf},
 * {@code new String(chars)}, a list made by {@code Arrays.asList} over a shared array, a stream made from one. Each racy program below was an
 * exhaustive DPOR HOLDS while the JDK call's reads and writes of the elements were unseen (the element written by
 * the other thread and the call were taken as independent); each correct twin holds exhaustively in one or two
 * executions, so reading a shared array through JDK calls from two threads does not make them dependent.
 */
class JdkArrayArgumentsTest {

    static final class Buffers {
        final int[] items = {1, 1};
        final int[] copy = new int[2];
        final char[] name = {'a', 'b'};
        final String[] labels = {"a", "b"};
        final List<String> labelView = Arrays.asList(labels);
        final int[] large = new int[1_000];
        final byte[] bytes = {1, 2};
        final java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(bytes);
        final Object lock = new Object();
        String text;
        int seen;
    }

    private static ExplorationBuilder<Buffers> explore() {
        return Frontrun.explore(Buffers::new);
    }

    @Test
    void arraycopyReadsItsSourceAndWritesItsDestination() {
        // the copy sees the other thread's write only when that write comes first
        Expect.found(dpor(explore()
                .worker(b -> System.arraycopy(b.items, 0, b.copy, 0, 2))
                .worker(b -> b.items[1] = 7)
                .invariant(b -> b.copy[1] == 1)), 3);
        Expect.found(dpor(explore()
                .worker(b -> System.arraycopy(b.items, 0, b.copy, 0, 2))
                .worker(b -> b.copy[0] = 7)
                .invariant(b -> b.copy[0] == 7)), 3);
        Expect.found(random(explore()
                .worker(b -> System.arraycopy(b.items, 0, b.copy, 0, 2))
                .worker(b -> b.items[1] = 7)
                .invariant(b -> b.copy[1] == 1)), 2000);
    }

    @Test
    void fillWritesEveryElementAndCopyOfReadsThem() {
        Expect.found(dpor(explore()
                .worker(b -> Arrays.fill(b.items, 3))
                .worker(b -> b.items[0] = 5)
                .invariant(b -> b.items[0] == 5)), 3);
        Expect.found(dpor(explore()
                .worker(b -> b.seen = Arrays.copyOf(b.items, 2)[0])
                .worker(b -> b.items[0] = 5)
                .invariant(b -> b.seen == 1)), 3);
    }

    @Test
    void elementsPastTheFirstTwoHundredAndFiftySixShareOneResourceAndStillConflict() {
        Expect.found(dpor(explore()
                .worker(b -> Arrays.fill(b.large, 3))
                .worker(b -> b.large[900] = 5)
                .invariant(b -> b.large[900] == 5)), 3);
    }

    @Test
    void aStringMadeFromCharactersReadsThem() {
        Expect.found(dpor(explore()
                .worker(b -> b.text = new String(b.name))
                .worker(b -> b.name[0] = 'z')
                .invariant(b -> b.text.equals("ab"))), 3);
    }

    @Test
    void aListOverAnArrayShowsItsElements() {
        // made in the setup: a call on the list reads the array, a set writes it
        Expect.found(dpor(explore()
                .worker(b -> b.seen = b.labelView.get(0).equals("a") ? 1 : 0)
                .worker(b -> b.labels[0] = "z")
                .invariant(b -> b.seen == 1)), 3);
        Expect.found(dpor(explore()
                .worker(b -> b.labelView.set(1, "y"))
                .worker(b -> b.seen = b.labels[1].equals("b") ? 1 : 0)
                .invariant(b -> b.seen == 1)), 3);
        // given to another call: a copy of the list reads the array
        Expect.found(dpor(explore()
                .worker(b -> b.seen = new java.util.ArrayList<>(b.labelView).get(0).equals("a") ? 1 : 0)
                .worker(b -> b.labels[0] = "z")
                .invariant(b -> b.seen == 1)), 3);
        // made by a worker
        Expect.found(dpor(explore()
                .worker(b -> b.seen = Arrays.asList(b.labels).contains("z") ? 1 : 0)
                .worker(b -> b.labels[0] = "z")
                .invariant(b -> b.seen == 0)), 3);
    }

    @Test
    void aJdkObjectMadeFromAnArrayKeepsShowingIt() {
        Expect.found(dpor(explore()
                .worker(b -> b.seen = b.in.read()) // the stream was made in the setup
                .worker(b -> b.bytes[0] = 9)
                .invariant(b -> b.seen == 1)), 3);
    }

    @Test
    void copiesOfAnArrayFromTwoThreadsAreIndependentAndACopyUnderTheWritersLockHolds() {
        ExplorationResult readers = dpor(explore()
                .worker(b -> b.seen = Arrays.copyOf(b.items, 2)[0])
                .worker(b -> System.arraycopy(b.items, 0, new int[2], 0, 2))
                .invariant(b -> b.seen == 1));
        Expect.exhaustiveHolds(readers);
        assertEquals(1, readers.executions(), readers.report());
        Expect.correctTwin(dpor(explore()
                .worker(b -> {
                    synchronized (b.lock) {
                        b.items[0] = 5;
                        b.items[1] = 5;
                    }
                })
                .worker(b -> {
                    synchronized (b.lock) {
                        b.seen = Arrays.copyOf(b.items, 2)[0] + Arrays.copyOf(b.items, 2)[1];
                    }
                })
                .invariant(b -> b.seen == 2 || b.seen == 10)));
    }
}
