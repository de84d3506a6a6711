package dev.frontrun.soundness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.frontrun.internal.vocab.Infrastructure;
import dev.frontrun.soundness.app.CrossPackageSupport;
import dev.frontrun.soundness.domain.Counter;

/**
 * Code in a library jar is observed: a lost update inside a class loaded from a jar (another module's domain class,
 * a collection library) is found, where it used to be an exhaustive HOLDS because only directories on the class
 * path counted as the application. Drivers, frameworks and tooling stay unobserved ({@link Infrastructure}).
 */
class LibraryJarsTest {

    private static Path jar;

    @BeforeAll
    static void jarTheCounter() throws IOException {
        Path dir = Path.of("target", "library-jars-test");
        Files.createDirectories(dir);
        jar = dir.resolve("domain.jar");
        String entry = Counter.class.getName().replace('.', '/') + ".class";
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
                InputStream in = Counter.class.getClassLoader().getResourceAsStream(entry)) {
            j.putNextEntry(new JarEntry(entry));
            in.transferTo(j);
            j.closeEntry();
        }
    }

    @Test
    void aLostUpdateInsideAJarClassIsFoundByDpor() {
        Expect.found(ForkedExploration.run(List.of(jar), CrossPackageSupport.libraryJarPrograms(), "dpor").get(0), 10);
    }

    @Test
    void aLostUpdateInsideAJarClassIsFoundByRandom() {
        Expect.found(ForkedExploration.run(List.of(jar), CrossPackageSupport.libraryJarPrograms(), "random").get(0),
                2000);
    }

    @Test
    void driversFrameworksAndToolingAreInfrastructureAndCollectionLibrariesAreNot() {
        assertTrue(Infrastructure.contains("org.postgresql.jdbc.PgConnection"));
        assertTrue(Infrastructure.contains("org.hibernate.internal.SessionImpl"));
        assertTrue(Infrastructure.contains("org.springframework.context.support.GenericApplicationContext"));
        assertFalse(Infrastructure.contains("com.google.common.collect.HashMultimap"));
        assertFalse(Infrastructure.contains("org.eclipse.collections.impl.list.mutable.FastList"));
        assertFalse(Infrastructure.contains("com.acme.domain.Counter"));
    }
}
