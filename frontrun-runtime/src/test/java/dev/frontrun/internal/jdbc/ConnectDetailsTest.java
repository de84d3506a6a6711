package dev.frontrun.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Connection details end up in console messages (the lock watcher's), so their text never shows a password. */
class ConnectDetailsTest {

    @Test
    void theTextNamesEndpointAndUserButNoPassword() {
        ConnectDetails d = new ConnectDetails("jdbc:postgresql://127.0.0.1:5432/app?user=bob&password=s3cret", "bob",
                "s3cret");
        assertFalse(d.toString().contains("s3cret"), d.toString());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/app as bob", d.toString());
        assertEquals("s3cret", d.properties().getProperty("password"));
    }
}
