package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;
import dev.frontrun.Verdict;

class CounterTest {

    @Test
    void theAgentIsLoadedAtStartAndTheLostUpdateIsFound() {
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-javaagent:") && a.contains("frontrun-runtime")),
                "the agent is on the command line: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        ExplorationResult r = Frontrun.explore(Counter::new)
                .worker(Counter::increment)
                .worker(Counter::increment)
                .invariant(c -> c.value() == 2)
                .strategy(Strategy.dpor())
                .run();
        assertEquals(Verdict.VIOLATED, r.verdict(), r.report());
        System.out.println("FRONTRUN-RESULT " + r.verdict() + " after " + r.executions() + " executions");
        System.out.println("FRONTRUN-JDK " + Runtime.version().feature()); // .ci/run checks the JDK 25 run
    }
}
