package dev.frontrun.internal.marker;

/** The public face of this package's installation step, for {@code dev.frontrun.TraceExecutor}. */
public final class MarkerSupport {

    private MarkerSupport() {
    }

    /**
     * Makes the comment markers of {@code index} effective in this JVM (installs the agent's transformer once).
     *
     * @param index the markers
     */
    public static void install(MarkerIndex index) {
        MarkerInstrumentation.ensure(index);
    }
}
