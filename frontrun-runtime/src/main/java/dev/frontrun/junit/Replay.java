package dev.frontrun.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link RaceTest}: every exploration the method runs replays this interleaving (as printed in a failure,
 * {@code v1 0x3 1x6}) instead of its strategy, once. Keeps a race found once as a fixed regression test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Replay {

    /** @return the interleaving, as {@code Interleaving.toString()} prints it */
    String value();
}
