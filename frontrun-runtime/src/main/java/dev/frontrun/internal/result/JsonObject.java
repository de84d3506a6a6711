package dev.frontrun.internal.result;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Typed reads from one parsed JSON object for {@link ResultJson}: a missing or null member is absent (null, 0 or an
 * empty list), a member of the wrong type is an error that names the file and the member.
 */
final class JsonObject {

    private final Map<?, ?> members;
    private final String origin;

    private JsonObject(Map<?, ?> members, String origin) {
        this.members = members;
        this.origin = origin;
    }

    static JsonObject of(Object value, String origin) throws IOException {
        if (value == null) {
            return new JsonObject(Map.of(), origin);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IOException(origin + ": expected a JSON object, found " + value);
        }
        return new JsonObject(map, origin);
    }

    Object raw(String key) {
        return members.get(key);
    }

    String string(String key) throws IOException {
        Object v = members.get(key);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrong(key, "a string", v);
    }

    String required(String key) throws IOException {
        String v = string(key);
        if (v == null) {
            throw new IOException(origin + " has no '" + key + "'");
        }
        return v;
    }

    <E extends Enum<E>> E constant(String key, Class<E> type) throws IOException {
        String v = required(key);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw wrong(key, "a " + type.getSimpleName(), v);
        }
    }

    long number(String key) throws IOException {
        Long v = optionalLong(key);
        return v == null ? 0 : v;
    }

    /** A number, or a string holding one (format 1 writes the run's seed as a string). */
    Long optionalLong(String key) throws IOException {
        Object v = members.get(key);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw wrong(key, "a number", v);
            }
        }
        throw wrong(key, "a number", v);
    }

    Boolean optionalBoolean(String key) throws IOException {
        Object v = members.get(key);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw wrong(key, "true or false", v);
    }

    JsonObject object(String key) throws IOException {
        return of(members.get(key), origin);
    }

    List<JsonObject> objects(String key) throws IOException {
        Object v = members.get(key);
        List<JsonObject> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            throw wrong(key, "an array", v);
        }
        for (Object item : list) {
            out.add(of(item, origin));
        }
        return out;
    }

    private IOException wrong(String key, String expected, Object found) {
        return new IOException(origin + ": '" + key + "' should be " + expected + ", found " + found);
    }
}
