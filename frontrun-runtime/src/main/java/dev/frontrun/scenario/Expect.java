package dev.frontrun.scenario;

/** The outcome a {@link RaceScenario} declares, which the build enforces. */
public enum Expect {
    /** No interleaving may break the invariant: a violation fails the build. */
    SAFE,
    /** A documented known race: the build fails when no strategy reproduces it any more. */
    RACE
}
