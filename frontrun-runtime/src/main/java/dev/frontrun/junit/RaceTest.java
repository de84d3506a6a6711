package dev.frontrun.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.frontrun.scenario.Expect;

/**
 * A JUnit 5 test whose explorations are judged for you: write the exploration ({@code Frontrun.explore(...)...run()})
 * in the method, and the test fails when it finds a race, with the explanation, the seed and the interleaving as
 * the failure message (so Surefire's XML report carries them), or when it cannot give a verdict. With
 * {@code expect = RACE} it documents a known bug: the test fails if the race is no longer found.
 *
 * <pre>{@code
 * @RaceTest
 * void loginCountIsKept() {
 *     Frontrun.explore(() -> Orm.resetUser(sf))
 *             .worker(LoginHandlers::handleLoginPessimistic)
 *             .worker(LoginHandlers::handleLoginPessimistic)
 *             .invariant(s -> Orm.readCount(s) == 2)
 *             .strategy(Strategy.dpor())
 *             .run();
 * }
 * }</pre>
 *
 * <p>{@link Replay} runs one recorded interleaving instead of the strategy.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(FrontrunExtension.class)
public @interface RaceTest {

    /** @return {@code SAFE} (default): every exploration must hold; {@code RACE}: one must find the race */
    Expect expect() default Expect.SAFE;
}
