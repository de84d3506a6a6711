package dev.frontrun.internal.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which classes get field, array and monitor scheduling points. Patterns are comma-separated globs over binary
 * class names where {@code *} matches any run of characters ({@code com.acme.*}, {@code com.acme.Counter*}).
 * frontrun's own classes, the JDK and the byte-buddy copy are always excluded.
 */
public final class Includes {

    /** System property with include patterns overriding the derived default. */
    public static final String INCLUDE_PROPERTY = "frontrun.include";
    /** System property with exclude patterns. */
    public static final String EXCLUDE_PROPERTY = "frontrun.exclude";

    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final String text;

    private Includes(List<String> include, List<String> exclude) {
        this.include = compile(include);
        this.exclude = compile(exclude);
        this.text = String.join(",", include) + (exclude.isEmpty() ? "" : " excluding " + String.join(",", exclude));
    }

    /**
     * @param include include globs
     * @param exclude exclude globs
     * @return the filter
     */
    public static Includes of(List<String> include, List<String> exclude) {
        return new Includes(include, exclude);
    }

    /**
     * Splits a comma-separated pattern list.
     *
     * @param csv the list, may be {@code null}
     * @return the trimmed, non-empty entries
     */
    public static List<String> split(String csv) {
        List<String> out = new ArrayList<>();
        if (csv != null) {
            for (String s : csv.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    /**
     * The default include pattern for code written in the class that declared {@code lambda}: its package and
     * everything below.
     *
     * @param lambda a lambda, method reference or ordinary object
     * @return a glob such as {@code com.acme.*}
     */
    public static String packageOf(Object lambda) {
        String name = lambda.getClass().getName();
        int cut = name.indexOf("$$Lambda");
        if (cut > 0) {
            name = name.substring(0, cut);
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name + "*" : name.substring(0, dot) + ".*";
    }

    /**
     * @param className a binary class name
     * @return whether its code gets scheduling points
     */
    public boolean matches(String className) {
        if (className == null || isNeverInstrumented(className)) {
            return false;
        }
        for (Pattern p : exclude) {
            if (p.matcher(className).matches()) {
                return false;
            }
        }
        for (Pattern p : include) {
            if (p.matcher(className).matches()) {
                return true;
            }
        }
        return false;
    }

    public static boolean isNeverInstrumented(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.") || name.startsWith("dev.frontrun.internal.")
                || name.startsWith("net.bytebuddy.") || name.startsWith("org.junit.") || name.startsWith("org.apache.maven.")
                || name.contains("$$Lambda") || name.contains("$ByteBuddy$") || isFrontrunApi(name);
    }

    public static boolean isFrontrunApi(String name) {
        return name.startsWith("dev.frontrun.") && name.indexOf('.', "dev.frontrun.".length()) < 0;
    }

    private static List<Pattern> compile(List<String> globs) {
        List<Pattern> out = new ArrayList<>();
        for (String g : globs) {
            StringBuilder re = new StringBuilder();
            for (char c : g.toCharArray()) {
                re.append(c == '*' ? ".*" : Pattern.quote(String.valueOf(c)));
            }
            out.add(Pattern.compile(re.toString()));
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
