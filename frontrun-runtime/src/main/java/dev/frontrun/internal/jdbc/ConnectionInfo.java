package dev.frontrun.internal.jdbc;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.internal.sql.JdbcPrimaryKeys;
import dev.frontrun.internal.sql.PrimaryKeyLookup;

/** What is cached per connection object: a label, its endpoint, where its primary keys come from. */
final class ConnectionInfo {

    private static final WeakIdentityMap<Connection, ConnectionInfo> INFOS = new WeakIdentityMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    final String label;
    final String endpoint;
    /** the URL as the driver reports it (with its query string), or {@code null} */
    final String url;
    final PrimaryKeyLookup keys;

    private ConnectionInfo(Connection c) {
        this.label = "conn#" + NEXT.incrementAndGet();
        String url = null;
        try {
            url = c.getMetaData().getURL();
        } catch (Exception | LinkageError e) {
            // keep null: the endpoint is then "unknown"
        }
        this.url = url;
        this.endpoint = url == null ? "unknown" : stripQuery(url);
        this.keys = new JdbcPrimaryKeys(c, this.endpoint);
    }

    static ConnectionInfo of(Connection c) {
        return INFOS.computeIfAbsent(c, ConnectionInfo::new);
    }

    static String stripQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
