package dev.frontrun.internal.sched;

import java.lang.reflect.Array;
import java.util.Set;

/**
 * Arrays handed to JDK calls ({@code System.arraycopy}, {@code Arrays.fill}, {@code Arrays.copyOf},
 * {@code new String(chars)}, {@code in.read(buffer)}, or a view such as {@code Arrays.asList(array)}): the call reads
 * or writes the array's elements in its step, as element accesses in application code do. Each element below
 * {@link #ELEMENTS} is a resource of its own; the elements from there on share one, so a call on a long buffer
 * stays a bounded step (accesses of two such elements by two threads are ordered, which costs executions, never a
 * missed one).
 */
final class ArrayElements {

    /** Elements with an index below this have a resource each. */
    static final int ELEMENTS = 256;

    /** Methods that only read the arrays they are given (by name; any other method writes them). */
    private static final Set<String> READERS = Set.of("copyOf", "copyOfRange", "toString", "deepToString",
            "hashCode", "deepHashCode", "equals", "deepEquals", "binarySearch", "mismatch", "compare",
            "compareUnsigned", "valueOf", "copyValueOf", "new", "write", "writeBytes", "append", "insert", "update",
            "of", "ofEntries", "print", "println", "printf", "format", "formatted", "put", "addAll", "asList",
            "stream", "wrap", "join", "contains", "containsAll", "indexOf", "lastIndexOf", "spliterator",
            "encodeToString");

    private ArrayElements() {
    }

    /** @return the resource an element access of {@code index} uses */
    static int slot(int index) {
        return Math.min(index, ELEMENTS);
    }

    /** @return how many element resources {@code array} has: its length, or one more than {@link #ELEMENTS} */
    static int resources(Object array) {
        int length = Array.getLength(array);
        return length <= ELEMENTS ? length : ELEMENTS + 1;
    }

    /**
     * @param member the call's {@code Owner.method}
     * @param ordinal which of the call's array arguments (0 for the first)
     * @return whether the call writes that array
     */
    static boolean written(String member, int ordinal) {
        if (member.equals("System.arraycopy")) {
            return ordinal == 1; // (src, srcPos, dest, destPos, length)
        }
        String method = member.substring(member.lastIndexOf('.') + 1);
        return !READERS.contains(method);
    }
}
