package dev.frontrun.internal.scenario;

/** The frontrun version, from the runtime jar's manifest. */
final class Versions {

    private Versions() {
    }

    static String frontrun() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
