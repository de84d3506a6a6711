package dev.frontrun.soundness.app;

/** Hands the package-private {@link CrossPackagePrograms} to the tests one package up. */
public final class CrossPackageSupport {

    private CrossPackageSupport() {
    }

    /** @return the class declaring the cross-package explorations */
    public static Class<?> programs() {
        return CrossPackagePrograms.class;
    }

    /** @return the class declaring the explorations of a counter loaded from a library jar */
    public static Class<?> libraryJarPrograms() {
        return LibraryJarPrograms.class;
    }
}
