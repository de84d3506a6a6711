package dev.frontrun.scenario;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Scenario} class for the frontrun Maven plugin, which finds it on the test class path, runs it in its
 * own JVM against its own database, and grades the outcome against {@link #expect()}.
 *
 * <pre>{@code
 * @RaceScenario(expect = Expect.RACE, schedule = "a:orm_read, b:orm_read, a:orm_write, b:orm_write",
 *         description = "handleLogin increments in Java: a documented lost update")
 * public class LostLoginScenario implements Scenario<SessionFactory> { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RaceScenario {

    /** @return what the build demands: SAFE (no interleaving may break the invariant) or RACE (one must) */
    Expect expect() default Expect.SAFE;

    /** @return an optional trace-marker schedule, e.g. {@code a:orm_read, b:orm_read, a:orm_write, b:orm_write} */
    String schedule() default "";

    /** @return a sentence for the reports */
    String description() default "";
}
