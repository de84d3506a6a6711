package dev.frontrun.internal.fork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The agent's boot part as a jar of its own, for {@code -Xbootclasspath/a}: the bridge classes the instrumented JDK
 * classes call, taken from the agent jar (or, when that jar holds only a manifest, from this class's own loader).
 * The agent finds them already in the bootstrap loader and does not append them at run time. The jar's name carries
 * a checksum of its content, so JVMs and builds side by side share it, and a jar for other classes is never reused.
 */
public final class BootJar {

    /** The bridge classes, as resource names; kept equal to the agent's {@code BootstrapInjector}. */
    static final String[] CLASSES = {
        "dev/frontrun/internal/bootstrap/Hooks.class", "dev/frontrun/internal/bootstrap/Bridge.class",
    };

    private BootJar() {
    }

    /**
     * Writes the boot jar into {@code directory} unless a jar with the same content is there already.
     *
     * @param agentJar the agent jar the classes come from
     * @param directory where the jar goes (created when needed)
     * @return the jar
     * @throws IOException when the agent jar cannot be read or the jar cannot be written
     */
    public static Path write(Path agentJar, Path directory) throws IOException {
        byte[][] classes = new byte[CLASSES.length][];
        CRC32 crc = new CRC32();
        for (int i = 0; i < CLASSES.length; i++) {
            classes[i] = read(agentJar, CLASSES[i]);
            crc.update(classes[i]);
        }
        Path jar = directory.resolve("frontrun-boot-" + Long.toHexString(crc.getValue()) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        Files.createDirectories(directory);
        Path tmp = Files.createTempFile(directory, "frontrun-boot", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (int i = 0; i < CLASSES.length; i++) {
                    ZipEntry entry = new ZipEntry(CLASSES[i]);
                    entry.setTime(0);
                    zip.putNextEntry(entry);
                    zip.write(classes[i]);
                    zip.closeEntry();
                }
            }
            Files.move(tmp, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return jar;
    }

    private static byte[] read(Path agentJar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(agentJar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry != null) {
                try (InputStream in = zip.getInputStream(entry)) {
                    return in.readAllBytes();
                }
            }
        }
        try (InputStream in = BootJar.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("neither " + agentJar + " nor frontrun's class path holds " + name);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        }
    }
}
