package dev.frontrun.internal.dpor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The benchmarks of the DPOR literature, asserting the numbers of traces that optimal DPOR is published to explore.
 *
 * <p>Sources:
 * <ul>
 *   <li>P. Abdulla, S. Aronis, B. Jonsson, K. Sagonas, "Optimal Dynamic Partial Order Reduction", POPL 2014,
 *       Table 1 (filesystem, indexer; source and optimal DPOR explore the same, optimal, number: filesystem(19) 64)
 *       and Table 2 (readers(N) 2^N; lastzero(5) 64 and lastzero(15) 147,456 traces for optimal DPOR, against 79
 *       and about 302K for source DPOR); the same benchmarks reappear in the JACM 2017 version ("Source Sets: A
 *       Foundation for Optimal Dynamic Partial Order Reduction", JACM 64(4)), section 10.</li>
 *   <li>C. Flanagan, P. Godefroid, "Dynamic Partial-Order Reduction for Model Checking Software", POPL 2005:
 *       the indexer (Fig. 3) and file system (Fig. 5) programs; no hash collisions below 12 indexer threads and no
 *       shared block below 14 file system threads, hence one trace.</li>
 *   <li>Concuerror's test suite (parapluu/Concuerror, tests/suites/dpor/results/file_system_example...txt):
 *       "Checked 8 interleaving(s)" for the 16-thread file system.</li>
 * </ul>
 * The counts between the published sizes follow the closed forms the programs imply and that the
 * brute-force cross-check confirms at small sizes: lastzero(N) = (N+3)·2^(N-2); indexer(N) = 2^(3(N-11)) for
 * 12 ≤ N ≤ 15 (each of threads 11..N-1 collides with one earlier thread on three of its four messages);
 * filesystem(N) = 2^(N-13) for 13 ≤ N ≤ 26 (threads 13..N-1 start their block search where threads 0..N-14
 * did).
 */
class LiteratureBenchmarksTest {

    @ParameterizedTest(name = "lastzero({0}): {1} traces")
    @CsvSource({"2, 5", "3, 12", "4, 28", "5, 64", "6, 144", "8, 704", "10, 3328"})
    void lastzero(int n, long traces) {
        ExactCountTest.assertExplores(LiteraturePrograms.lastzero(n), traces);
    }

    @ParameterizedTest(name = "indexer({0}): {1} traces")
    @CsvSource({"10, 1", "11, 1", "12, 8", "13, 64", "14, 512", "15, 4096"})
    void indexer(int n, long traces) {
        ExactCountTest.assertExplores(LiteraturePrograms.indexer(n), traces);
    }

    @ParameterizedTest(name = "filesystem({0}): {1} traces")
    @CsvSource({"13, 1", "14, 2", "16, 8", "18, 32", "19, 64"})
    void filesystem(int n, long traces) {
        ExactCountTest.assertExplores(LiteraturePrograms.filesystem(n), traces);
    }

    @ParameterizedTest(name = "readers({0}): {1} traces")
    @CsvSource({"2, 4", "8, 256", "13, 8192"})
    void readers(int n, long traces) {
        ExactCountTest.assertExplores(LiteraturePrograms.readers(n), traces);
    }

    /**
     * Readers-writers: {@code w} writers write under one lock, {@code r} readers read twice without it. Each reader
     * places its two reads among the w writes in C(w+2, 2) ways, the writers order in w! ways:
     * w!·C(w+2,2)^r traces; the small sizes are also checked against brute force.
     */
    @ParameterizedTest(name = "readers-writers, {0} readers and {1} writers: {2} traces")
    @CsvSource({"1, 1, 3", "2, 1, 9", "1, 2, 12", "2, 2, 72", "3, 2, 432", "3, 3, 6000"})
    void readersWriters(int readers, int writers, long traces) {
        Program p = LiteraturePrograms.readersWriters(readers, writers);
        if (traces <= 12) {
            assertEquals(traces, BruteForce.enumerate(p).traces().size(), "brute force disagrees with the closed form");
        }
        ExactCountTest.assertExplores(p, traces);
    }
}
