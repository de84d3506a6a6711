package dev.frontrun.junit;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Interleaving;
import dev.frontrun.Verdict;
import dev.frontrun.internal.explore.TestContext;
import dev.frontrun.scenario.Expect;

/**
 * Runs a {@link RaceTest} method and judges the explorations it ran: the verdicts against the declared expectation,
 * the explanation as the failure message. Registered by {@link RaceTest}; not needed by hand.
 */
public final class FrontrunExtension implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        Method method = extensionContext.getRequiredTestMethod();
        RaceTest race = method.getAnnotation(RaceTest.class);
        Expect expect = race == null ? Expect.SAFE : race.expect();
        Replay replay = method.getAnnotation(Replay.class);
        TestContext context = TestContext.open(replay == null ? null : Interleaving.parse(replay.value()).choices());
        List<ExplorationResult> results = new ArrayList<>();
        try {
            invocation.proceed();
            for (Object r : context.results()) {
                results.add((ExplorationResult) r);
            }
        } finally {
            TestContext.close();
        }
        judge(method.getName(), expect, results);
    }

    static void judge(String test, Expect expect, List<ExplorationResult> results) {
        if (results.isEmpty()) {
            throw new AssertionFailedError(test + " ran no exploration: a @RaceTest must call Frontrun.explore(...)"
                    + "...run() (or remove the annotation).");
        }
        ExplorationResult violated = null;
        for (ExplorationResult r : results) {
            if (r.verdict() == Verdict.VIOLATED && violated == null) {
                violated = r;
            }
        }
        if (expect == Expect.RACE) {
            if (violated == null) {
                throw new AssertionFailedError("The race this test documents was not found (expect = RACE): "
                        + results.get(0).report() + "\nIf the bug was fixed, make it @RaceTest (SAFE).");
            }
            return;
        }
        if (violated != null) {
            throw new AssertionFailedError(violated.report());
        }
        for (ExplorationResult r : results) {
            if (r.verdict() != Verdict.HOLDS) {
                throw new AssertionFailedError(r.report());
            }
        }
    }
}
