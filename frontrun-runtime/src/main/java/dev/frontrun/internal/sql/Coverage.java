package dev.frontrun.internal.sql;

/** How precisely a statement's accesses are known. Anything but {@link #PRECISE} degrades a "holds" verdict. */
public enum Coverage {
    /** Parsed: rows where the primary key is pinned, tables otherwise. */
    PRECISE,
    /** The parser failed; the tables were found by scanning the text, and every access is a table-level write. */
    TABLE_FALLBACK,
    /** Nothing could be understood; the statement is a write of the whole database endpoint. */
    ENDPOINT_FALLBACK
}
