package dev.frontrun.catalogue;

import dev.frontrun.ExplorationBuilder;

/**
 * A catalogue program: workers, state and invariant, ready for a strategy. Programs in the {@code fail} package
 * have a bug every strategy must find; programs in {@code success} are their correct twins and must hold.
 */
public interface Program {

    /** @return the exploration, without strategy or budget */
    ExplorationBuilder<?> explore();

    /** @return whether the package declares this program buggy */
    default boolean buggy() {
        return getClass().getPackageName().endsWith(".fail");
    }

    /** @return a word the explanation of the bug must contain (buggy programs) */
    default String expectedInExplanation() {
        return "";
    }
}
