package dev.frontrun.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Keeps the site's configuration reference (src/site/markdown/configuration.md) true: every user property of the
 * explore and report goals, as the generated plugin descriptor declares it, has its row with the right property and
 * default, and the page has no row for a parameter that does not exist.
 */
class ConfigurationPageTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
    private static final Path PAGE = Path.of("../src/site/markdown/configuration.md");
    /** {@code | `name` | `property` | default | meaning |} */
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| `([\\w.]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    /** A documented or declared parameter. @param property its user property @param defaultValue its default or null */
    record Param(String property, String defaultValue) {
    }

    @Test
    void exploreGoalParametersAreDocumentedWithTheirDefaults() throws Exception {
        assertSame("explore", section("## `frontrun:explore`", "## `frontrun:report`"));
    }

    @Test
    void reportGoalParametersAreDocumentedWithTheirDefaults() throws Exception {
        assertSame("report", section("## `frontrun:report`", "## Examples"));
    }

    private static void assertSame(String goal, String section) throws Exception {
        Map<String, Param> declared = declared(goal);
        Map<String, Param> documented = new LinkedHashMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            String cell = m.group(3).strip();
            documented.put(m.group(1), new Param(m.group(2),
                    cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : null));
        }
        assertEquals(declared.keySet(), documented.keySet(), "parameters of frontrun:" + goal + " vs " + PAGE);
        declared.forEach((name, p) -> {
            Param doc = documented.get(name);
            assertEquals(p.property(), doc.property(), "property of " + name);
            if (p.defaultValue() != null) {
                assertEquals(p.defaultValue(), doc.defaultValue(), "default of " + name);
            } else {
                assertTrue(doc.defaultValue() == null, name + " has no default, the page says `" + doc.defaultValue()
                        + "`");
            }
        });
    }

    /** The goal's parameters that users set by property: frontrun.* and the shared skipTests / argLine. */
    private static Map<String, Param> declared(String goal) throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile())
                .getDocumentElement();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(text(mojo, "goal"))) {
                continue;
            }
            Map<String, Param> params = new LinkedHashMap<>();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            for (Node n = configuration.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTextContent().matches("\\$\\{(frontrun\\..+|skipTests|argLine)}")) {
                    String property = e.getTextContent().substring(2, e.getTextContent().length() - 1);
                    params.put(e.getTagName(), new Param(property,
                            e.getAttribute("default-value").isEmpty() ? null : e.getAttribute("default-value")));
                }
            }
            return params;
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private static String text(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static String section(String from, String to) throws Exception {
        String page = Files.readString(PAGE);
        int start = page.indexOf(from);
        int end = page.indexOf(to, start + 1);
        assertTrue(start >= 0 && end > start, PAGE + " lacks the sections '" + from + "' and '" + to + "'");
        return page.substring(start, end);
    }
}
