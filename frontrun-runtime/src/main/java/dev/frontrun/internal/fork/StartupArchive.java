package dev.frontrun.internal.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * What a JVM started with {@code -javaagent} needs for a fast start, prepared once in a directory (the Maven
 * plugin's is in {@code target/}) and given to every such JVM: the {@link BootJar} on {@code -Xbootclasspath/a}, and
 * a class data sharing archive ({@code -XX:SharedArchiveFile}) of the classes the agent loads before the first
 * execution, dumped at the exit of one training JVM ({@code -XX:ArchiveClassesAtExit}, which JDK 13 and later have;
 * {@link StartupTraining}). The JVM archives only classes from jars: the training's class path is the agent jar
 * alone, and the JVMs given the archive must have the agent jar first on theirs, so that the archive's class path is
 * a prefix of theirs. A JVM that cannot use the archive (another JDK, a changed jar) loads its classes as usual, and
 * a failed training only leaves the archive out (the reason is logged and its output kept beside it).
 *
 * @param bootJar the boot jar, for {@code -Xbootclasspath/a}
 * @param archive the archive, or {@code null} when none could be made
 */
public record StartupArchive(Path bootJar, Path archive) {

    private static final long TRAINING_SECONDS = 300;

    /** @return the JVM arguments: the boot jar, and the archive when there is one */
    public List<String> jvmArguments() {
        List<String> args = new ArrayList<>();
        args.add("-Xbootclasspath/a:" + bootJar);
        if (archive != null) {
            args.add("-XX:SharedArchiveFile=" + archive);
            // a JVM that refuses the archive (another JDK, a changed jar) says so on its output: it is not an error
            args.add("-Xlog:cds*=off");
        }
        return args;
    }

    /**
     * Returns the boot jar and the archive for JVMs run by {@code java} with {@code agentJar}, making them in
     * {@code directory} when they are not there yet.
     *
     * @param java the java executable of the JVMs (the archive is valid for that JDK only)
     * @param agentJar the agent jar, first on the JVMs' class path
     * @param directory where the boot jar, the archive, and the training's output go
     * @param trainingArguments more JVM arguments for the training JVM (system properties)
     * @param log receives one line when no archive could be made, and why
     * @return the jar and archive
     * @throws IOException when the boot jar cannot be written
     */
    public static StartupArchive prepare(Path java, Path agentJar, Path directory, List<String> trainingArguments,
            Consumer<String> log) throws IOException {
        Path boot = BootJar.write(agentJar, directory).toAbsolutePath();
        String name = "frontrun-" + key(java, agentJar, boot, trainingArguments);
        Path archive = directory.resolve(name + ".jsa").toAbsolutePath();
        if (Files.isRegularFile(archive)) {
            return new StartupArchive(boot, archive);
        }
        Path output = directory.resolve(name + ".log");
        long start = System.nanoTime();
        String why = train(java, agentJar, boot, directory, archive, output, trainingArguments);
        if (why != null) {
            log.accept("frontrun: no class data sharing archive for the agent's JVMs (" + why + "; see " + output
                    + "); they start slower");
            return new StartupArchive(boot, null);
        }
        log.accept("frontrun: class data sharing archive for the agent's JVMs made in "
                + (System.nanoTime() - start) / 1_000_000 + " ms: " + archive);
        return new StartupArchive(boot, archive);
    }

    /** @return null when the archive was made, else why not */
    private static String train(Path java, Path agentJar, Path boot, Path directory, Path archive, Path output,
            List<String> trainingArguments) throws IOException {
        Path partial = directory.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp").toAbsolutePath();
        Path scratch = Files.createDirectories(directory.resolve("training"));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-Xbootclasspath/a:" + boot,
                "-XX:ArchiveClassesAtExit=" + partial, "-Djdk.attach.allowAttachSelf=true",
                "-XX:+EnableDynamicAgentLoading", "-Djava.io.tmpdir=" + scratch.toAbsolutePath()));
        command.addAll(trainingArguments);
        command.addAll(List.of("-cp", agentJar.toAbsolutePath().toString(), StartupTraining.class.getName(),
                scratch.resolve("classes").toAbsolutePath().toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            p.getOutputStream().close();
            if (!p.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor();
                return "the training JVM ran longer than " + TRAINING_SECONDS + " s";
            }
            if (p.exitValue() != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                return "the training JVM exited with " + p.exitValue();
            }
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IOException e) {
            return "the training JVM could not run: " + e.getMessage();
        } finally {
            Files.deleteIfExists(partial);
            deleteTree(scratch);
        }
    }

    /** What the archive depends on besides what the JVM checks itself: the JDK, the jars, the training. */
    private static String key(Path java, Path agentJar, Path boot, List<String> trainingArguments) throws IOException {
        CRC32 crc = new CRC32();
        Path real = java.toRealPath();
        StringBuilder k = new StringBuilder(real.toString());
        Path release = real.getParent().getParent().resolve("release");
        if (Files.isRegularFile(release)) {
            crc.update(Files.readAllBytes(release));
        }
        k.append('|').append(agentJar.toAbsolutePath()).append('|').append(Files.size(agentJar)).append('|')
                .append(Files.getLastModifiedTime(agentJar).toMillis()).append('|').append(boot.getFileName())
                .append('|').append(trainingArguments);
        crc.update(k.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
