package dev.frontrun.maven.internal.archfixture.cycle.two;

import dev.frontrun.maven.internal.archfixture.cycle.one.CycleFixtureOne;

/** With {@link CycleFixtureOne}, a package cycle on purpose, for ArchitectureTest's check of its own rules. */
public final class CycleFixtureTwo {
    CycleFixtureOne other;
}
