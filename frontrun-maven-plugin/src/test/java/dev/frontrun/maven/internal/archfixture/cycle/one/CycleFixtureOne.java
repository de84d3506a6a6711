package dev.frontrun.maven.internal.archfixture.cycle.one;

import dev.frontrun.maven.internal.archfixture.cycle.two.CycleFixtureTwo;

/** With {@link CycleFixtureTwo}, a package cycle on purpose, for ArchitectureTest's check of its own rules. */
public final class CycleFixtureOne {
    CycleFixtureTwo other;
}
