package dev.frontrun.it.walkthrough;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The walkthrough's main job prints what the README promises, measured on the real database. */
class WalkthroughTest {

    @Test
    void printsTheLostUpdateAndTheMeasuredNaiveRate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Walkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 30, 2, 42, Duration.ofSeconds(1));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("Final login_count: 1  (expected 2)"), out);
        assertTrue(out.contains("LOST UPDATE confirmed"), out);
        assertTrue(out.contains("Reproducibility: 2/2 runs (100%)"), out);
        assertTrue(out.contains("Schedule followed to its end. Final login_count: 2  (expected 2)"), out);
        assertTrue(out.contains("The schedule is infeasible for this handler:"), out);
        Matcher rate = Pattern.compile("Trials: +30\\s+Failures: +(\\d+)\\s+Rate: +(\\d+\\.\\d)%").matcher(out);
        assertTrue(rate.find(), out);
        int failures = Integer.parseInt(rate.group(1));
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * failures / 30)), out);
    }
}
