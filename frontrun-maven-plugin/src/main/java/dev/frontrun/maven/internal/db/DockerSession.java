package dev.frontrun.maven.internal.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who started a container: labels every frontrun container with a session id, the host, and the owning JVM's pid and
 * start time, so that a later run can tell a container of a crashed run (owner gone) from one of a live build.
 *
 * @param id a random id of this JVM's session
 * @param host the host name of the machine running the owning JVM
 * @param pid the owning JVM's pid
 * @param pidStart the owning JVM's start time in epoch milliseconds (guards against pid reuse), or 0 when unknown
 */
record DockerSession(String id, String host, long pid, long pidStart) {

    /** Marks every container frontrun starts. */
    static final String LABEL = "dev.frontrun";
    static final String LABEL_SESSION = "dev.frontrun.session";
    static final String LABEL_HOST = "dev.frontrun.host";
    static final String LABEL_PID = "dev.frontrun.pid";
    static final String LABEL_PID_START = "dev.frontrun.pid-start";
    static final String LABEL_CREATED = "dev.frontrun.created";

    private static final DockerSession CURRENT = create();

    /** The session of this JVM. */
    static DockerSession current() {
        return CURRENT;
    }

    private static DockerSession create() {
        ProcessHandle self = ProcessHandle.current();
        long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return new DockerSession(UUID.randomUUID().toString().substring(0, 12), hostName(), self.pid(), start);
    }

    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.trim();
        }
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(LABEL, "true");
        labels.put(LABEL_SESSION, id);
        labels.put(LABEL_HOST, host);
        labels.put(LABEL_PID, Long.toString(pid));
        labels.put(LABEL_PID_START, Long.toString(pidStart));
        labels.put(LABEL_CREATED, Long.toString(System.currentTimeMillis()));
        return labels;
    }

    /** Whether the JVM that labelled a container with these labels is gone, as far as this host can tell. */
    boolean ownerIsGone(Map<String, String> labels) {
        if (id.equals(labels.get(LABEL_SESSION)) || !host.equals(labels.get(LABEL_HOST))) {
            return false;
        }
        try {
            long ownerPid = Long.parseLong(labels.getOrDefault(LABEL_PID, "-1"));
            long ownerStart = Long.parseLong(labels.getOrDefault(LABEL_PID_START, "0"));
            Optional<ProcessHandle> owner = ProcessHandle.of(ownerPid);
            if (owner.isEmpty() || !owner.get().isAlive()) {
                return true;
            }
            long start = owner.get().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            return ownerStart != 0 && start != 0 && Math.abs(start - ownerStart) > 1000;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
