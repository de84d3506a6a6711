package dev.frontrun.internal.fork;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.function.Supplier;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Strategy;

/**
 * The training run of a {@link StartupArchive}: {@code java -XX:ArchiveClassesAtExit=... -cp <agent jar>
 * StartupTraining <directory>}. It self-attaches the agent (a JVM that dumps an archive may not start with
 * {@code -javaagent}) and explores a two-worker counter with the strategies a scenario JVM runs first, so that the
 * classes an agent JVM loads before its first execution (frontrun's, byte-buddy's, the JDK's, and their lambdas) are
 * loaded when the JVM exits and writes them to the archive. The counter is an application class loaded from
 * {@code <directory>}, an empty directory that stands for a project's classes.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    /**
     * @param args the directory the counter class counts as loaded from
     * @throws Exception when the exploration cannot run: the archive is then not used
     */
    public static void main(String[] args) throws Exception {
        Path directory = Files.createDirectories(Path.of(args[0]));
        Class<?> counter = new CounterLoader(directory).loadClass(TrainingCounter.class.getName());
        Supplier<Object> setup = () -> {
            try {
                return counter.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        for (Strategy strategy : List.of(Strategy.dpor(), Strategy.random())) {
            ExplorationResult r = Frontrun.explore(setup).worker(c -> ((Runnable) c).run())
                    .worker(c -> ((Runnable) c).run()).strategy(strategy).maxAttempts(2).run();
            if (r.executions() < 1) {
                throw new IllegalStateException("the training exploration ran nothing: " + r.report());
            }
        }
    }

    /** Defines {@link TrainingCounter} itself, from the agent jar's bytes, as if it came from a project directory. */
    private static final class CounterLoader extends ClassLoader {

        private final ProtectionDomain domain;

        CounterLoader(Path directory) throws IOException {
            super(StartupTraining.class.getClassLoader());
            URL location = directory.toUri().toURL();
            this.domain = new ProtectionDomain(new CodeSource(location, (java.security.cert.Certificate[]) null),
                    null, this, null);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(TrainingCounter.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length, domain);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }
    }
}
