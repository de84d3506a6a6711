package dev.frontrun.it.walkthrough;

import java.io.PrintStream;

/** The walkthrough's section headings. */
final class Banner {

    private static final String RULE = "=".repeat(70);

    private Banner() {
    }

    static void print(PrintStream out, String title) {
        out.println();
        out.println(RULE);
        out.println(title);
        out.println(RULE);
    }
}
