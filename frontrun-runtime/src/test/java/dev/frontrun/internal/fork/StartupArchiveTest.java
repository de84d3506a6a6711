package dev.frontrun.internal.fork;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boot jar, and the archive's fallbacks: a failed training leaves it out, an unusable one is silent. */
class StartupArchiveTest {

    @TempDir
    Path dir;

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    /** A jar with the agent's manifest and no classes: the bridge then comes from frontrun's class path. */
    private Path manifestOnlyJar() throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path jar = dir.resolve("agent.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.flush();
        }
        return jar;
    }

    @Test
    void theBootJarHoldsTheBridgeAsOnTheClassPathAndIsMadeOnce() throws Exception {
        Path boot = BootJar.write(manifestOnlyJar(), dir.resolve("boot"));
        try (ZipFile zip = new ZipFile(boot.toFile())) {
            for (String name : BootJar.CLASSES) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name));
                        InputStream own = getClass().getClassLoader().getResourceAsStream(name)) {
                    assertArrayEquals(own.readAllBytes(), in.readAllBytes(), name);
                }
            }
        }
        long modified = Files.getLastModifiedTime(boot).toMillis();
        assertEquals(boot, BootJar.write(manifestOnlyJar(), dir.resolve("boot")));
        assertEquals(modified, Files.getLastModifiedTime(boot).toMillis(), "the same content is not written again");
        try (Stream<Path> files = Files.list(dir.resolve("boot"))) {
            assertEquals(List.of(boot), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aFailedTrainingLeavesTheArchiveOutAndSaysWhy() throws Exception {
        List<String> said = new ArrayList<>();
        // the training's main class is not in a jar without classes: its JVM fails
        StartupArchive startup = StartupArchive.prepare(JAVA, manifestOnlyJar(), dir.resolve("startup"), List.of(),
                said::add);
        assertNull(startup.archive());
        assertEquals(List.of("-Xbootclasspath/a:" + startup.bootJar()), startup.jvmArguments());
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).contains("no class data sharing archive"), said.get(0));
        try (Stream<Path> files = Files.list(dir.resolve("startup"))) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".tmp")
                    || p.getFileName().toString().equals("training")), "nothing half made is left");
        }
    }

    @Test
    void aJvmThatCannotUseTheArchiveSaysNothing() throws Exception {
        Path garbage = Files.write(dir.resolve("frontrun-0.jsa"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        Path boot = BootJar.write(manifestOnlyJar(), dir);
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(new StartupArchive(boot, garbage).jvmArguments());
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertFalse(out.contains("cds") || out.contains("warning") || out.contains("error"), out);
    }
}
