package dev.frontrun.maven.internal.db;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;

/**
 * Removes frontrun containers left behind by crashed earlier runs: those labelled {@code dev.frontrun=true} by
 * another session whose JVM no longer runs on this host. Containers of live builds (another module, another
 * developer) are left alone; so are containers from other hosts younger than {@code maxForeignAge}.
 */
final class ContainerReaper {

    private ContainerReaper() {
    }

    /**
     * Reaps the leftovers.
     *
     * @param client the engine
     * @param session this JVM's session, never reaped
     * @param maxForeignAge age after which containers from other hosts are reaped too
     * @param log where a line per removed container goes
     * @return how many containers were removed
     */
    static int reap(DockerClient client, DockerSession session, Duration maxForeignAge, Consumer<String> log) {
        List<Container> labelled = client.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(DockerSession.LABEL, "true"))
                .exec();
        int removed = 0;
        for (Container container : labelled) {
            Map<String, String> labels = container.getLabels() == null ? Map.of() : container.getLabels();
            if (!session.ownerIsGone(labels) && !tooOld(labels, session, maxForeignAge)) {
                continue;
            }
            try {
                client.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
                removed++;
                log.accept("frontrun: removed container " + shortId(container.getId()) + " left by an earlier run"
                        + " (session " + labels.get(DockerSession.LABEL_SESSION) + ", pid "
                        + labels.get(DockerSession.LABEL_PID) + " on " + labels.get(DockerSession.LABEL_HOST) + ")");
            } catch (NotFoundException e) {
                // removed meanwhile by its owner or another reaper
            }
        }
        return removed;
    }

    private static boolean tooOld(Map<String, String> labels, DockerSession session, Duration maxAge) {
        if (session.host().equals(labels.get(DockerSession.LABEL_HOST))) {
            return false;
        }
        try {
            long created = Long.parseLong(labels.getOrDefault(DockerSession.LABEL_CREATED, ""));
            return System.currentTimeMillis() - created > maxAge.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
