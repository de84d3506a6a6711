package dev.frontrun.internal.instrument;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts frontrun into the JDK's classes: the advice of {@link JdkAdviceWiring} and the clocks of
 * {@link ClockInstrumentation}, one after the other, as one transformer that first asks the {@link JdkClassCache}.
 * A class file the cache knows costs a hash and a copy; only the others go through byte-buddy (built on the first
 * such class, so a JVM whose JDK classes are all cached never loads most of byte-buddy for them). Classes loaded
 * later are transformed when they load.
 */
final class JdkInstrumentation implements ClassFileTransformer {

    private static volatile JdkInstrumentation installed;

    private final Instrumentation inst;
    private final Class<?> bridge;
    private final Set<String> adviceTargets = new HashSet<>();
    private final JdkClassCache cache;
    private volatile ClassFileTransformer[] delegates;
    /** Set while this thread is inside byte-buddy: classes it loads then are transformed afterwards. */
    private final ThreadLocal<Boolean> inDelegate = new ThreadLocal<>();
    private final Set<String> missed = ConcurrentHashMap.newKeySet();
    /** The classes the transformer saw, and those found not to call a clock. */
    private final Set<String> decided = ConcurrentHashMap.newKeySet();
    private final Set<Module> reading = ConcurrentHashMap.newKeySet();
    private final AtomicInteger fromCache = new AtomicInteger();
    private final AtomicInteger transformed = new AtomicInteger();

    private JdkInstrumentation(Instrumentation inst, Class<?> bridge, List<Class<?>> targets, JdkClassCache cache) {
        this.inst = inst;
        this.bridge = bridge;
        this.cache = cache;
        for (Class<?> c : targets) {
            adviceTargets.add(c.getName());
        }
    }

    /**
     * Registers the transformer and retransforms the JDK classes loaded now that it changes.
     *
     * @param inst the instrumentation
     * @param bridge the bootstrap bridge the transformed classes call
     * @return what was done, for {@link StartupTimes}
     */
    static String install(Instrumentation inst, Class<?> bridge) {
        List<Class<?>> targets = JdkAdviceWiring.targets();
        JdkInstrumentation t = new JdkInstrumentation(inst, bridge, targets, JdkClassCache.open());
        t.readEdge(Object.class.getModule());
        inst.addTransformer(t, true);
        List<Class<?>> all = new ArrayList<>(targets);
        all.addAll(t.unseenClockCallers());
        retransform(inst, all);
        t.retransformMissed();
        t.cache.flush();
        installed = t;
        Runtime.getRuntime().addShutdownHook(new Thread(t.cache::flush, "frontrun-jdk-class-cache"));
        return all.size() + " classes, " + t.fromCache + " from the cache, " + t.transformed + " transformed";
    }

    /**
     * Transforms the JDK classes that loaded while byte-buddy was busy with others (they skip the transformer), and
     * writes what was learnt to the cache.
     */
    static void retransformMissedClasses() {
        JdkInstrumentation t = installed;
        if (t != null) {
            t.retransformMissed();
            t.cache.flush();
        }
    }

    /**
     * The loaded classes that call a clock and that the transformer has not seen: loaded before it was registered,
     * or while the JVM retransformed others (the JVM gives classes its verifier loads then to no transformer).
     */
    private List<Class<?>> unseenClockCallers() {
        List<Class<?>> unseen = new ArrayList<>();
        for (Class<?> c : inst.getAllLoadedClasses()) {
            String n = c.getName();
            if (c.getClassLoader() == null && ClockInstrumentation.inScope(n) && !decided.contains(n)
                    && !adviceTargets.contains(n) && !c.isArray() && !c.isHidden() && inst.isModifiableClass(c)) {
                if (cache.knows(n) || ClockCallers.callsClock(n)) {
                    unseen.add(c);
                } else {
                    decided.add(n);
                }
            }
        }
        return unseen;
    }

    private void retransformMissed() {
        for (int round = 0; round < 3; round++) {
            Set<Class<?>> classes = new java.util.LinkedHashSet<>(unseenClockCallers());
            for (String n : List.copyOf(missed)) {
                missed.remove(n);
                if (decided.contains(n)) {
                    continue;
                }
                try {
                    classes.add(Class.forName(n, false, null));
                } catch (ClassNotFoundException | LinkageError e) {
                    System.err.println("frontrun: could not instrument " + n + ": " + e);
                }
            }
            if (classes.isEmpty()) {
                return;
            }
            retransform(inst, classes);
        }
    }

    private static void retransform(Instrumentation inst, java.util.Collection<Class<?>> classes) {
        if (classes.isEmpty()) {
            return;
        }
        try {
            inst.retransformClasses(classes.toArray(new Class<?>[0]));
        } catch (UnmodifiableClassException | RuntimeException | LinkageError e) {
            // one class the JVM refuses must not cost the others their instrumentation: retry one by one
            for (Class<?> c : classes) {
                try {
                    inst.retransformClasses(c);
                } catch (UnmodifiableClassException | RuntimeException | LinkageError one) {
                    System.err.println("frontrun: could not instrument " + c.getName() + ": " + one);
                }
            }
        }
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> redefined,
            ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
        if (loader != null || internalName == null) {
            return null;
        }
        String name = internalName.replace('/', '.');
        if (!adviceTargets.contains(name)
                && !(ClockInstrumentation.inScope(name) && ClockCallers.namesClock(classFile))) {
            return null;
        }
        decided.add(name);
        // the JDK's own class file, not the one the JVM gives: on retransformation that is rebuilt from the loaded
        // class, and not byte for byte the same from one JVM to the next
        // (without a cache on disk, the class file the JVM gives, as another agent may have changed it)
        byte[] shipped = cache.onDisk() ? ClockCallers.classFile(name) : null;
        boolean canonical = shipped != null && (redefined != null || java.util.Arrays.equals(shipped, classFile));
        String original = canonical ? cache.hash(shipped) : null;
        byte[] known = canonical ? cache.get(name, original) : null;
        if (known != null) {
            fromCache.incrementAndGet();
            readEdge(module);
            return known;
        }
        if (inDelegate.get() != null) {
            decided.remove(name);
            missed.add(name);
            return null;
        }
        inDelegate.set(Boolean.TRUE);
        try {
            byte[] input = canonical ? shipped : classFile;
            byte[] bytes = input;
            for (ClassFileTransformer d : delegates()) {
                byte[] out = d.transform(module, loader, internalName, redefined, domain, bytes);
                bytes = out == null ? bytes : out;
            }
            if (bytes == input) {
                return null; // not matched, or byte-buddy failed and said why: not remembered
            }
            transformed.incrementAndGet();
            if (canonical) {
                cache.put(name, original, bytes);
            }
            return bytes;
        } finally {
            inDelegate.remove();
        }
    }

    /** Byte-buddy's transformers, built when the first class file the cache does not know arrives. */
    private ClassFileTransformer[] delegates() {
        ClassFileTransformer[] d = delegates;
        if (d == null) {
            // no lock: a thread waiting here while another loads a class could deadlock; two builds are harmless
            d = new ClassFileTransformer[] {JdkAdviceWiring.transformer(inst, bridge),
                ClockInstrumentation.transformer(inst, bridge)};
            delegates = d;
        }
        return d;
    }

    /** The transformed classes call the bridge, in the bootstrap loader's unnamed module. */
    private void readEdge(Module module) {
        Module target = bridge.getModule();
        if (module != null && module.isNamed() && reading.add(module) && !module.canRead(target)) {
            inst.redefineModule(module, Set.of(target), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
