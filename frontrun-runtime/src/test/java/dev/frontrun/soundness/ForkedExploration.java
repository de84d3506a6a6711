package dev.frontrun.soundness;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.frontrun.ExplorationResult;

/**
 * Runs explorations in a fresh JVM: each argument {@code class#method} names a static no-argument method returning
 * an {@link ExplorationResult}; they run in the order given and each prints a {@link Summary}. An exploration that
 * throws is printed as a crash and ends the JVM (later explorations in it would not be trustworthy).
 */
public final class ForkedExploration {

    private ForkedExploration() {
    }

    /**
     * @param args {@code class#method} of each exploration, in order
     * @throws Exception when an argument names no such method
     */
    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int hash = arg.indexOf('#');
            Method m = Class.forName(arg.substring(0, hash)).getDeclaredMethod(arg.substring(hash + 1));
            m.setAccessible(true);
            try {
                Summary.print(arg.substring(hash + 1), (ExplorationResult) m.invoke(null), System.out);
            } catch (InvocationTargetException e) {
                Summary.printCrash(arg.substring(hash + 1), e.getCause(), System.out);
                e.getCause().printStackTrace();
                System.exit(3);
            }
        }
        System.exit(0); // threads an exploration left behind must not keep the JVM alive
    }

    /**
     * Runs the explorations in one fresh JVM.
     *
     * @param holder the class declaring the methods
     * @param methods the static no-argument methods returning an {@link ExplorationResult}, in order
     * @return one summary per method that ran (a crash ends the list)
     */
    static List<Summary> run(Class<?> holder, String... methods) {
        return run(List.of(), holder, methods);
    }

    /**
     * Runs the explorations in one fresh JVM whose class path starts with {@code first}.
     *
     * @param first class path entries before the test class path (their classes win over its copies)
     * @param holder the class declaring the methods
     * @param methods the static no-argument methods returning an {@link ExplorationResult}, in order
     * @return one summary per method that ran (a crash ends the list)
     */
    static List<Summary> run(List<java.nio.file.Path> first, Class<?> holder, String... methods) {
        List<String> args = new ArrayList<>();
        for (String m : methods) {
            args.add(holder.getName() + "#" + m);
        }
        ForkedJvm.Outcome o = ForkedJvm.run(Duration.ofMinutes(3), first, ForkedExploration.class,
                args.toArray(new String[0]));
        List<Summary> out = Summary.parse(o.stdout());
        if (out.isEmpty()) {
            throw new IllegalStateException("the forked JVM printed no result (exit code " + o.exitCode()
                    + "); its stderr:\n" + o.stderr());
        }
        return out;
    }

    /**
     * Runs one exploration in a fresh JVM.
     *
     * @param holder the class declaring the method
     * @param method a static no-argument method returning an {@link ExplorationResult}
     * @return its summary
     */
    static Summary run(Class<?> holder, String method) {
        return run(holder, new String[] {method}).get(0);
    }
}
