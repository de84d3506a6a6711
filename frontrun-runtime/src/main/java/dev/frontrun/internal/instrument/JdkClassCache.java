package dev.frontrun.internal.instrument;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The JDK classes as frontrun transformed them, kept on disk so that the next JVM skips byte-buddy for them: the
 * transformation of a JDK class depends only on its class file, the JDK and frontrun's own classes, so it is done
 * once. One directory per JDK and frontrun build ({@link #key()}), one file per class and original class file
 * ({@code java.lang.Thread@<checksum of the original>.class}: its CRC-32C, CRC-32 and length, cheap to compute, where
 * a cryptographic digest cost the start-up the JDK's security providers; the directory is its owner's alone), written
 * to a temporary file and moved into place, so
 * JVMs running side by side share it safely. Any failure to read or write it only costs the time it would save
 * ({@code -Dfrontrun.debugInstrumentation=true} prints why).
 *
 * <p>Where: {@code -Dfrontrun.jdkClassCache=DIR} (the Maven plugin gives {@code target/frontrun/jdk-classes}),
 * {@code off} for none; by default {@code frontrun/jdk-classes} in the user's cache directory
 * ({@code $XDG_CACHE_HOME}, else {@code ~/.cache}), never in the shared temporary directory, which a run leaves as it
 * found it.
 */
final class JdkClassCache {

    static final String PROPERTY = "frontrun.jdkClassCache";

    private final Path directory;
    /** Class name, then the hash of the original class file, then the transformed class file. */
    private final Map<String, Map<String, byte[]>> entries = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    private JdkClassCache(Path directory) {
        this.directory = directory;
    }

    /** @return the cache this JVM's configuration names, with what is on disk already read */
    static JdkClassCache open() {
        String setting = System.getProperty(PROPERTY, "");
        Path base = setting.equals("off") ? null : setting.isBlank() ? privateCache() : Path.of(setting);
        String key = base == null ? null : key();
        JdkClassCache cache = new JdkClassCache(key == null ? null : base.resolve(key));
        cache.read();
        return cache;
    }

    /**
     * The default place, in the user's cache directory: created readable by its owner only, and not used when
     * someone else owns it (class files from there go into the JDK's classes).
     */
    private static Path privateCache() {
        String user = System.getProperty("user.name");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path caches = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        Path base = caches.resolve("frontrun").resolve("jdk-classes");
        try {
            if (!Files.isDirectory(base)) {
                Files.createDirectories(base.getParent());
                try {
                    Files.createDirectory(base, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectories(base);
                } catch (java.nio.file.FileAlreadyExistsException another) {
                    // another JVM made it meanwhile
                }
            }
            if (!Files.getOwner(base).getName().equals(user)) {
                debug("no JDK class cache: " + base + " belongs to " + Files.getOwner(base).getName());
                return null;
            }
            return base;
        } catch (IOException | RuntimeException e) {
            debug("no JDK class cache in " + base + ": " + e);
            return null;
        }
    }

    /**
     * @param className a class's binary name
     * @param original the hash of its class file as the JVM gave it
     * @return the transformed class file, or null when not known
     */
    byte[] get(String className, String original) {
        Map<String, byte[]> versions = entries.get(className);
        return versions == null ? null : versions.get(original);
    }

    /** @return whether the cache is kept on disk (otherwise nothing is cached) */
    boolean onDisk() {
        return directory != null;
    }

    /** @return whether a transformed version of the class is known */
    boolean knows(String className) {
        return entries.containsKey(className);
    }

    /** Remembers a transformation, written to disk by the next {@link #flush()}. */
    void put(String className, String original, byte[] transformed) {
        entries.computeIfAbsent(className, n -> new ConcurrentHashMap<>()).put(original, transformed);
        pending.put(className + "@" + original, transformed);
    }

    /** @return the checksum of a class file: its CRC-32C, CRC-32 and length, in hexadecimal */
    String hash(byte[] classFile) {
        return checksum(classFile);
    }

    private static String checksum(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        CRC32 d = new CRC32();
        d.update(bytes);
        return HexFormat.of().toHexDigits((c.getValue() << 32) | d.getValue()) + "-"
                + Integer.toHexString(bytes.length);
    }

    /** Writes the transformations learnt since the last call; a failure only costs the next JVM time. */
    void flush() {
        if (directory == null || pending.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(directory);
            for (String file : List.copyOf(pending.keySet())) {
                byte[] bytes = pending.remove(file);
                Path tmp = Files.createTempFile(directory, "write", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, directory.resolve(file + ".class"), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            debug("could not write the JDK class cache " + directory + ": " + e);
        }
    }

    private void read() {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*@*.class")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int at = name.lastIndexOf('@');
                entries.computeIfAbsent(name.substring(0, at), n -> new ConcurrentHashMap<>())
                        .put(name.substring(at + 1, name.length() - ".class".length()), Files.readAllBytes(file));
            }
        } catch (IOException | RuntimeException e) {
            entries.clear();
            debug("could not read the JDK class cache " + directory + ": " + e);
        }
    }

    /**
     * What a transformation depends on besides the class file: the JDK, byte-buddy, and frontrun's instrumentation
     * and bridge classes (the size and modification time of their jar, or of each class file in their directories).
     *
     * @return the key, or null when it cannot be known (then nothing is cached)
     */
    private static String key() {
        ClassLoader loader = JdkClassCache.class.getClassLoader();
        StringBuilder k = new StringBuilder();
        k.append(System.getProperty("java.vm.vendor")).append('|').append(System.getProperty("java.vm.version"))
                .append('|').append(System.getProperty("java.home")).append('|')
                .append(loader.getResource("net/bytebuddy/ByteBuddy.class"));
        try {
            for (String own : new String[] {"dev/frontrun/internal/instrument/Installer.class",
                "dev/frontrun/internal/bootstrap/Bridge.class"}) {
                URL url = loader.getResource(own);
                k.append('|').append(url);
                Path source = "jar".equals(url.getProtocol())
                        ? Path.of(new URL(url.getPath().substring(0, url.getPath().indexOf("!/"))).toURI())
                        : Path.of(url.toURI()).getParent();
                List<Path> files = new java.util.ArrayList<>();
                if (Files.isDirectory(source)) {
                    try (DirectoryStream<Path> in = Files.newDirectoryStream(source)) {
                        in.forEach(files::add);
                    }
                    java.util.Collections.sort(files);
                } else {
                    files.add(source);
                }
                for (Path f : files) {
                    k.append('|').append(f.getFileName()).append(' ').append(Files.size(f)).append(' ')
                            .append(Files.getLastModifiedTime(f).toMillis());
                }
            }
            return checksum(k.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            debug("no JDK class cache, frontrun's classes could not be identified: " + e);
            return null;
        }
    }

    static void debug(String message) {
        if (Boolean.getBoolean("frontrun.debugInstrumentation")) {
            System.err.println("frontrun: " + message);
        }
    }
}
