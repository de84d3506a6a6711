package dev.frontrun.internal.fork;

import java.util.Map;

/**
 * The work a fork does, named by class in its {@link ForkConfiguration}; needs a public no-argument constructor.
 * The integrator's scenario runner implements it; tests use small ones.
 */
public interface ForkTask {

    /**
     * Runs in the fork's main thread.
     *
     * @param configuration the fork's configuration
     * @return the result entries
     * @throws Exception any failure: reported to the plugin as a harness error with its stack trace
     */
    Map<String, String> run(ForkConfiguration configuration) throws Exception;
}
