package dev.frontrun;

/**
 * The order in which {@link Strategy#dpor(DporOrder)} meets the traces it explores. Run to the end, every order
 * explores the same set of traces; a run bounded by {@code maxAttempts} sees different ones first.
 */
public enum DporOrder {
    /** Keep running the thread that ran last, else the lowest-numbered one (the order of {@link Strategy#dpor()}). */
    DEPTH_FIRST,
    /** Prefer a thread whose next operation conflicts with another thread's next one, so races come early. */
    CONFLICT_FIRST,
    /** Random free choices from the exploration's seed. */
    SEEDED
}
