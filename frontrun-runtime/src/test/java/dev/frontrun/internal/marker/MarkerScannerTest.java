package dev.frontrun.internal.marker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkerScannerTest {

    private static List<String> scan(String source) {
        return MarkerScanner.scan("p/A.java", source).stream()
                .map(d -> d.name() + "@" + d.line() + (d.explicit() ? "!" : "")).toList();
    }

    @Test
    void markerAtTheEndOfACodeLineMarksThatLine() {
        assertEquals(List.of("orm_read@2"), scan("class A {\n  int x = f(); // frontrun: orm_read\n}\n"));
    }

    @Test
    void markerAloneOnItsLineMarksTheNextLineWithCode() {
        assertEquals(List.of("orm_write@4"), scan("class A {\n  // frontrun: orm_write\n\n  commit();\n}\n"));
    }

    @Test
    void commentLikeTextInStringsTextBlocksAndCharsIsNotAMarker() {
        String source = "class A {\n"
                + "  String s = \"// frontrun: fake1\";\n"
                + "  String t = \"\"\"\n      // frontrun: fake2\n      \"\"\";\n"
                + "  char c = '\"'; String u = \"x\"; // frontrun: real\n"
                + "  /* // frontrun: fake3 */ int y;\n"
                + "}\n";
        assertEquals(List.of("real@6"), scan(source));
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        assertEquals(List.of("m@1"), scan("String s = \"a\\\"// frontrun: no\"; f(); // frontrun: m\n"));
    }

    @Test
    void explicitCallsAreFound() {
        assertEquals(List.of("x@2!", "y@3!"),
                scan("void f() {\n  Frontrun.marker(\"x\");\n  marker( \"y\" );\n  other(\"z\");\n}\n"));
    }

    @Test
    void trailingTextAfterTheNameIsAllowedButOtherCommentsAreIgnored() {
        assertEquals(List.of("a@1"), scan("f(); // frontrun: a  the read\ng(); // frontrun is great\n"));
    }
}
