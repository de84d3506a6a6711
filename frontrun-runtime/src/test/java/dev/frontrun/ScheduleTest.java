package dev.frontrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void printsAndParsesBack() {
        Schedule s = Schedule.of(Step.of("a", "orm_read"), Step.of("b", "orm_read"), Step.of("a", "orm_write"));
        assertEquals("a:orm_read, b:orm_read, a:orm_write", s.toString());
        assertEquals(s, Schedule.parse(s.toString()));
        assertEquals(List.of("a", "b"), List.copyOf(s.threads()));
    }

    @Test
    void malformedStepsSayWhatToWrite() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Schedule.parse("a:x, borm"));
        assertTrue(e.getMessage().contains("thread:marker"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Step.of("a", "no spaces"));
        assertThrows(IllegalArgumentException.class, () -> Schedule.parse(" , "));
    }
}
