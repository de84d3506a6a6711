package dev.frontrun.maven.internal.db;

/** Small helpers for PostgreSQL JDBC URLs ({@code jdbc:postgresql://host[:port][,host2...]/database[?params]}). */
final class JdbcUrls {

    static final String PREFIX = "jdbc:postgresql:";

    private JdbcUrls() {
    }

    static String loopback(int port, String database) {
        return PREFIX + "//127.0.0.1:" + port + "/" + database;
    }

    /** Replaces (or adds) the database part of a PostgreSQL JDBC URL, keeping hosts and parameters. */
    static String withDatabase(String url, String database) {
        if (!url.startsWith(PREFIX + "//")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a host: " + url
                    + " (expected jdbc:postgresql://host:port/database)");
        }
        int hostStart = PREFIX.length() + 2;
        int query = url.indexOf('?', hostStart);
        int end = query < 0 ? url.length() : query;
        int slash = url.indexOf('/', hostStart);
        int hostEnd = slash < 0 || slash > end ? end : slash;
        return url.substring(0, hostEnd) + "/" + database + url.substring(end);
    }

    /** The database part of a PostgreSQL JDBC URL, or {@code fallback} when the URL names none. */
    static String database(String url, String fallback) {
        int hostStart = url.startsWith(PREFIX + "//") ? PREFIX.length() + 2 : PREFIX.length();
        int query = url.indexOf('?', hostStart);
        int end = query < 0 ? url.length() : query;
        int slash = url.indexOf('/', hostStart);
        if (slash < 0 || slash >= end - 1) {
            return fallback;
        }
        return url.substring(slash + 1, end);
    }
}
