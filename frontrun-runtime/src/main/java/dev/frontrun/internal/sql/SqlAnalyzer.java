package dev.frontrun.internal.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns SQL text and bound parameters into a {@link SqlStatement}. Parsing happens once per distinct SQL text
 * (templates are cached, bounded); binding parameters and looking up primary keys happens per execution.
 */
public final class SqlAnalyzer {

    private static final int CACHE_SIZE = 4096;
    private static final Map<String, StatementTemplate> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StatementTemplate> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private SqlAnalyzer() {
    }

    /**
     * @param sql the SQL text as given to the driver (with {@code ?} placeholders)
     * @param parameters the bound parameter values, element 0 for {@code ?1}; may be empty
     * @param keys where primary keys come from
     * @param endpoint the database endpoint, used when nothing better is known
     * @return the statement's kind and accesses
     */
    public static SqlStatement analyze(String sql, List<?> parameters, PrimaryKeyLookup keys, String endpoint) {
        if (sql == null) {
            return TemplateParser.endpoint(StatementKind.OTHER_WRITE, "the SQL text is unknown")
                    .bind("<unknown SQL>", List.of(), keys, endpoint);
        }
        return template(sql).bind(sql, parameters, keys, endpoint);
    }

    /**
     * @param sql the SQL text
     * @return the statement kind, without binding (cheap after the first call for a text)
     */
    public static StatementKind kind(String sql) {
        return template(sql).kind;
    }

    private static StatementTemplate template(String sql) {
        StatementTemplate t;
        synchronized (CACHE) {
            t = CACHE.get(sql);
        }
        if (t == null) {
            t = TemplateParser.parse(sql);
            synchronized (CACHE) {
                CACHE.put(sql, t);
            }
        }
        return t;
    }
}
