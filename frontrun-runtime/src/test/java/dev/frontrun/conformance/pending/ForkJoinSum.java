package dev.frontrun.conformance.pending;

import static dev.frontrun.conformance.Threads.join;
import static dev.frontrun.conformance.Threads.check;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

import dev.frontrun.conformance.Conformance;

/** A RecursiveTask forks and joins on the program's ForkJoinPool. */
public final class ForkJoinSum implements Conformance {
    static final class Sum extends RecursiveTask<Integer> {
        private final int[] values;
        private final int from;
        private final int to;

        Sum(int[] values, int from, int to) {
            this.values = values;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Integer compute() {
            if (to - from <= 2) {
                int s = 0;
                for (int i = from; i < to; i++) {
                    s += values[i];
                }
                return s;
            }
            int mid = (from + to) / 2;
            Sum left = new Sum(values, from, mid);
            left.fork();
            return new Sum(values, mid, to).compute() + left.join();
        }
    }

    @Override
    public void run() throws Exception {
        ForkJoinPool pool = new ForkJoinPool(2);
        int sum = pool.invoke(new Sum(new int[] {1, 2, 3, 4}, 0, 4));
        pool.shutdown();
        check(sum == 10, "wrong sum");
    }
}
