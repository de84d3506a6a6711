package dev.frontrun;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The interleaving text is read back without regular expressions, exactly as it is written. */
class InterleavingTest {

    @Test
    void theWrittenTextIsReadBack() {
        Interleaving i = Interleaving.of(new int[] {0, 0, 0, 1, 1, 0});
        assertEquals("v1 0x3 1x2 0", i.toString());
        assertArrayEquals(i.choices(), Interleaving.parse(i.toString()).choices());
        assertArrayEquals(i.choices(), Interleaving.parse("  v1\t0x3 \n 1x2   0\r\n").choices());
    }

    @Test
    void anythingElseIsRefusedWithTheText() {
        IllegalArgumentException notOne = assertThrows(IllegalArgumentException.class, () -> Interleaving.parse(" "));
        assertTrue(notOne.getMessage().startsWith("not a frontrun interleaving"), notOne.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Interleaving.parse("v1 0x0 1"));
        assertTrue(bad.getMessage().startsWith("bad step '0x0' in interleaving: v1 0x0 1"), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Interleaving.parse("v1 1x"));
        assertThrows(IllegalArgumentException.class, () -> Interleaving.parse("v1 -1"));
    }
}
