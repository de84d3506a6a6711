package dev.frontrun.internal.sql;

import java.util.Objects;

/**
 * One access of a statement: a resource and how it is touched.
 *
 * @param resource the row, table or endpoint
 * @param kind read, write or modelled lock
 */
public record SqlAccess(SqlResource resource, AccessKind kind) {

    /** Checks the components. */
    public SqlAccess {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param other an access by another transaction
     * @return whether the order of the two accesses can matter
     */
    public boolean conflictsWith(SqlAccess other) {
        return kind.conflictsWith(other.kind) && resource.overlaps(other.resource);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + resource;
    }
}
