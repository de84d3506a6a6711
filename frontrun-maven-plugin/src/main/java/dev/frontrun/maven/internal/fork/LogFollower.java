package dev.frontrun.maven.internal.fork;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Follows a fork's log file while it runs and hands on its progress lines (those starting with {@code [frontrun] }),
 * without the prefix, so that the build log shows what each scenario JVM is doing as it happens. Not thread-safe:
 * one follower per fork, polled by the thread that waits for it.
 */
final class LogFollower {

    /** The prefix of the progress lines a scenario JVM prints. */
    static final String PREFIX = "[frontrun] ";

    private final Path log;
    private final Consumer<String> sink;
    private long position;
    private final StringBuilder partial = new StringBuilder();

    LogFollower(Path log, Consumer<String> sink) {
        this.log = log;
        this.sink = sink;
    }

    /** Reads what was appended since the last call and forwards its complete progress lines; never throws. */
    void poll() {
        if (!Files.isRegularFile(log)) {
            return;
        }
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long length = f.length();
            if (length <= position) {
                return;
            }
            byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
            f.seek(position);
            f.readFully(bytes);
            position += bytes.length;
            partial.append(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return;
        }
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            String line = partial.substring(0, nl).stripTrailing();
            partial.delete(0, nl + 1);
            if (line.startsWith(PREFIX)) {
                synchronized (LogFollower.class) {
                    sink.accept(line.substring(PREFIX.length()));
                }
            }
        }
    }
}
