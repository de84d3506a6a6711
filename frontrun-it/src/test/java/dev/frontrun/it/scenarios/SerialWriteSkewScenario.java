package dev.frontrun.it.scenarios;

import dev.frontrun.scenario.Expect;
import dev.frontrun.scenario.RaceScenario;

/**
 * The write skew found with no hand-written invariant: serially one doctor stays on call, so the state where both
 * left matches no serial order of the two.
 */
@RaceScenario(expect = Expect.RACE,
        description = "OnCallRoster.goOffCall, no invariant: the serializability oracle finds the write skew in doctors")
public class SerialWriteSkewScenario extends OnCallActors {
}
