package dev.frontrun.soundness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Vector;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/** The shared state of a generated program, fresh per execution, with its synchronized methods. */
final class DiffWorld {

    /** A static field, incremented by code in this class and in {@link DiffInterpreter}; reset by each world. */
    static int total;
    int x;
    int y;
    final int[] array = new int[2];
    final Object monitor = new Object();
    final ReentrantLock lock = new ReentrantLock();
    final Map<Integer, Integer> map = new HashMap<>();
    final List<Integer> list = new ArrayList<>();
    final AtomicInteger atomic = new AtomicInteger();
    final Map<Integer, Integer> chm = new ConcurrentHashMap<>();
    final BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
    /** Thread-safe collections, so that only the order of calls (never a data race report) shows a race on them. */
    final List<Integer> vector = new Vector<>();
    /** A view made with the state: calls on it read {@link #vector}. */
    final List<Integer> vectorView = Collections.unmodifiableList(vector);
    final Map<Integer, Integer> syncMap = Collections.synchronizedMap(new HashMap<>());
    final Integer[] boxes = {0, 0};
    /** A view of {@link #boxes} made with the state: a call on it reads or writes the array's elements. */
    final List<Integer> boxesView = java.util.Arrays.asList(boxes);
    /** Each worker's register when it finished, so what a worker read is part of the outcome. */
    final int[] registers = new int[3];

    DiffWorld() {
        total = 0;
    }

    /** Increments {@link #total} from this class's code. */
    static void incTotal() {
        total = total + 1;
    }

    int get(int field) {
        return field == 0 ? x : y;
    }

    void set(int field, int value) {
        if (field == 0) {
            x = value;
        } else {
            y = value;
        }
    }

    synchronized void syncInc(int field) {
        set(field, get(field) + 1);
    }

    synchronized int syncGet(int field) {
        return get(field);
    }

    static synchronized void staticSyncInc(DiffWorld w, int field) {
        w.set(field, w.get(field) + 1);
    }

    /** @return the whole final state, comparable across executions */
    String outcome() {
        return "x=" + x + " y=" + y + " array=" + java.util.Arrays.toString(array) + " map=" + new TreeMap<>(map)
                + " list=" + list + " atomic=" + atomic.get() + " chm=" + new TreeMap<>(chm) + " queue=" + queue
                + " vector=" + vector + " syncMap=" + new TreeMap<>(syncMap) + " boxes="
                + java.util.Arrays.toString(boxes) + " total=" + total
                + " registers="
                + java.util.Arrays.toString(registers);
    }
}
