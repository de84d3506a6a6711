package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How to open another connection to the database an application connection talks to: its JDBC URL, user and, where
 * it can be learnt, password. They come from what the agent sees when the application opens connections
 * ({@code Driver.connect(url, info)}: the URL, and {@code user}/{@code password} from the properties or the URL's
 * query string), else from the connection's own metadata (URL and user; no password). A monitoring connection (the
 * {@code pg_locks} lock watcher) uses them, so nobody has to configure it.
 *
 * @param url the JDBC URL, with its query string
 * @param user the user, or {@code null} when unknown
 * @param password the password, or {@code null} when unknown
 */
public record ConnectDetails(String url, String user, String password) {

    /** Endpoint (URL without query string) to what was seen when a connection to it was opened. */
    private static final Map<String, ConnectDetails> SEEN = new ConcurrentHashMap<>();

    /**
     * Records a {@code Driver.connect(url, info)} call.
     *
     * @param url the URL argument
     * @param info the properties argument, or anything else ({@code null})
     */
    static void sawConnect(Object url, Object info) {
        if (!(url instanceof String u)) {
            return;
        }
        Properties p = info instanceof Properties props ? props : new Properties();
        String user = p.getProperty("user", query(u, "user"));
        String password = p.getProperty("password", query(u, "password"));
        SEEN.merge(ConnectionInfo.stripQuery(u), new ConnectDetails(u, user, password),
                (old, now) -> now.password == null && old.password != null
                        ? new ConnectDetails(now.url, now.user, old.password) : now);
    }

    /**
     * @param connection an application connection
     * @return how to reach its database: what {@code Driver.connect} showed for its endpoint, completed from its
     *     metadata; {@code null} when neither is known
     */
    public static ConnectDetails of(Connection connection) {
        if (connection == null) {
            return null;
        }
        ConnectionInfo info = ConnectionInfo.of(connection);
        ConnectDetails seen = SEEN.get(info.endpoint);
        if (seen != null && seen.user != null) {
            return seen;
        }
        String url = info.url;
        if (url == null) {
            return seen;
        }
        String user = seen != null ? seen.user : null;
        if (user == null) {
            try {
                DatabaseMetaData meta = connection.getMetaData();
                user = meta.getUserName();
            } catch (Exception | LinkageError e) {
                user = query(url, "user");
            }
        }
        String password = seen != null ? seen.password : query(url, "password");
        return new ConnectDetails(seen != null ? seen.url : url, user, password);
    }

    /** @return the user and password as driver properties (absent ones left out) */
    public Properties properties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        return p;
    }

    private static String query(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return ConnectionInfo.stripQuery(url) + " as " + user; // never the password, not even the URL's
    }
}
