package dev.frontrun.maven.internal.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the race scenarios among compiled test classes without loading them: a class file whose constant pool names
 * the {@code @RaceScenario} annotation type. The fork loads and checks each one properly.
 */
public final class ScenarioScanner {

    private static final byte[] ANNOTATION = "Ldev/frontrun/scenario/RaceScenario;".getBytes(StandardCharsets.UTF_8);

    private ScenarioScanner() {
    }

    /**
     * @param classesDir the test classes directory
     * @param includes class-name globs to keep (empty: all); {@code *} stays within a package segment, {@code **}
     *        crosses them; a pattern without a dot matches the simple name
     * @param excludes class-name globs to drop
     * @return the scenario class names, sorted
     * @throws IOException when the directory cannot be read
     */
    public static List<String> scan(Path classesDir, List<String> includes, List<String> excludes) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(classesDir)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                if (contains(Files.readAllBytes(file), ANNOTATION)) {
                    String relative = classesDir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                    String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                    if (matches(name, includes, true) && !matches(name, excludes, false)) {
                        found.add(name);
                    }
                }
            }
        }
        found.sort(null);
        return found;
    }

    /**
     * Says why {@link #scan} found nothing, and what to do.
     *
     * @param classesDir the test classes directory
     * @param includes the includes
     * @param excludes the excludes
     * @return the sentence
     * @throws IOException when the directory cannot be read
     */
    public static String whyNone(Path classesDir, List<String> includes, List<String> excludes) throws IOException {
        long classes = 0;
        if (Files.isDirectory(classesDir)) {
            try (Stream<Path> files = Files.walk(classesDir)) {
                classes = files.filter(f -> f.toString().endsWith(".class")).count();
            }
        }
        if (classes == 0) {
            return "No race scenario found: no test classes are compiled in " + classesDir + " yet. Run"
                    + " 'mvn test-compile frontrun:explore' (or bind the explore goal to a phase after test-compile,"
                    + " e.g. verify), not 'frontrun:explore' on its own.";
        }
        List<String> all = scan(classesDir, List.of(), List.of());
        if (all.isEmpty()) {
            return "No race scenario found: none of the " + classes + " test classes in " + classesDir + " is"
                    + " annotated with @RaceScenario (dev.frontrun.scenario.RaceScenario).";
        }
        return "No race scenario matches frontrun.includes=" + String.join(",", includes)
                + (excludes.isEmpty() ? "" : " and frontrun.excludes=" + String.join(",", excludes))
                + "; the project has " + all.size() + ": " + String.join(", ", all.subList(0, Math.min(10,
                all.size()))) + (all.size() > 10 ? ", ..." : "") + ". A pattern without a dot matches the simple"
                + " class name; * stays within a package, ** crosses packages.";
    }

    static boolean matches(String className, List<String> globs, boolean whenEmpty) {
        if (globs == null || globs.isEmpty()) {
            return whenEmpty;
        }
        String simple = className.substring(className.lastIndexOf('.') + 1);
        for (String glob : globs) {
            String g = glob.strip();
            if (g.isEmpty()) {
                continue;
            }
            Pattern p = Pattern.compile(toRegex(g));
            if (p.matcher(g.contains(".") ? className : simple).matches()
                    || p.matcher(className.replace('$', '.')).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String toRegex(String glob) {
        StringBuilder r = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                r.append(".*");
                i++;
            } else if (c == '*') {
                r.append("[^.]*");
            } else if (c == '?') {
                r.append('.');
            } else {
                r.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return r.toString();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
