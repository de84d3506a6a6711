package dev.frontrun.internal.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

/**
 * Copies the bridge classes into the bootstrap class loader (a small temporary jar appended to the bootstrap
 * search path). Must run before anything references them: this class names them only as strings.
 */
final class BootstrapInjector {

    static final String[] CLASSES = {
        "dev/frontrun/internal/bootstrap/Hooks", "dev/frontrun/internal/bootstrap/Bridge",
    };

    private BootstrapInjector() {
    }

    /**
     * @return whether the bridge classes are already on the bootstrap class path ({@code -Xbootclasspath/a}, which
     *         keeps class data sharing on for the other class loaders; appending at run time turns it off)
     */
    static boolean onBootClassPath() {
        try {
            for (String name : CLASSES) {
                Class.forName(name.replace('/', '.'), false, null);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        for (String name : CLASSES) {
            sameEverywhere(name + ".class");
        }
        return true;
    }

    /**
     * The bridge found on the bootstrap class path must be this frontrun's: a boot jar of another version would be
     * called by classes of this one.
     */
    private static void sameEverywhere(String resource) {
        byte[] first = null;
        java.net.URL firstUrl = null;
        try {
            java.util.Enumeration<java.net.URL> urls = BootstrapInjector.class.getClassLoader().getResources(resource);
            while (urls.hasMoreElements()) {
                java.net.URL url = urls.nextElement();
                byte[] bytes;
                try (InputStream in = url.openStream()) {
                    bytes = in.readAllBytes();
                }
                if (first == null) {
                    first = bytes;
                    firstUrl = url;
                } else if (!java.util.Arrays.equals(first, bytes)) {
                    throw new IllegalStateException("frontrun's bridge on the bootstrap class path (" + firstUrl
                            + ") is not the one of the frontrun classes in use (" + url + "): the jar given with"
                            + " -Xbootclasspath/a comes from another frontrun version. Give the one of this version"
                            + " (the Maven plugin's goals make it), or none.");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("frontrun could not read its bridge class " + resource + ": " + e, e);
        }
    }

    static void inject(Instrumentation inst) {
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (c.getName().equals("dev.frontrun.internal.bootstrap.Bridge") && c.getClassLoader() != null) {
                throw new IllegalStateException("frontrun's bridge class was loaded by " + c.getClassLoader()
                        + " before the agent could put it in the bootstrap class loader; make sure nothing uses"
                        + " dev.frontrun.internal.bootstrap directly.");
            }
        }
        if (onBootClassPath()) {
            return;
        }
        try {
            Path jar = Files.createTempFile("frontrun-bridge", ".jar");
            jar.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
                for (String name : CLASSES) {
                    j.putNextEntry(new JarEntry(name + ".class"));
                    try (InputStream in = BootstrapInjector.class.getClassLoader().getResourceAsStream(name + ".class")) {
                        if (in == null) {
                            throw new IllegalStateException("frontrun's jar lacks " + name + ".class");
                        }
                        in.transferTo(j);
                    }
                    j.closeEntry();
                }
            }
            inst.appendToBootstrapClassLoaderSearch(new JarFile(jar.toFile()));
            // loaded now, the jar stays open in the VM and its file can go: a JVM killed later leaves nothing in /tmp
            for (String name : CLASSES) {
                Class.forName(name.replace('/', '.'), false, null);
            }
            Files.deleteIfExists(jar);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("frontrun's bridge jar lacks " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("frontrun could not write its bridge jar to the temporary directory: "
                    + e.getMessage() + ". Check that java.io.tmpdir is writable.", e);
        }
    }
}
