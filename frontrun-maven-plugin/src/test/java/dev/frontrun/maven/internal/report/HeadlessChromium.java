package dev.frontrun.maven.internal.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket on a loopback port that Chromium picks):
 * opens a page, collects every console error, uncaught exception and browser log error, and takes a screenshot.
 * Every wait has a timeout; {@link #close()} kills the browser.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Debian's chromium; {@code -Dfrontrun.test.chromium=PATH} names another binary. */
    static final Path BINARY = Path.of(System.getProperty("frontrun.test.chromium", "/usr/bin/chromium"));
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one page showed. @param title its title @param errors console errors, exceptions and log errors */
    record PageCheck(String title, List<String> errors, String clipped) {
    }

    /**
     * What does not fit: the page wider than the viewport, or a cell, paragraph or block whose content is wider
     * than its box (cut off or hidden behind a scroll bar); empty when everything fits.
     */
    private static final String CLIPPED = "(() => { const out = [];"
            + " if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth + 'px wide');"
            + " for (const e of document.querySelectorAll('td, th, p, pre, h1, h2, h3')) {"
            + "   if (e.scrollWidth > e.clientWidth + 1) out.push(e.tagName + ': ' + e.textContent.slice(0, 60)); }"
            + " return out.join('\\n'); })()";

    private final Process process;
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    HeadlessChromium(Path userDataDir) throws IOException, InterruptedException, TimeoutException {
        ProcessBuilder builder = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + userDataDir, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=1280,1000", "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // Chromium's own temporary files (its singleton socket directory) go beside the profile, not into /tmp
        builder.environment().put("TMPDIR", userDataDir.toAbsolutePath().toString());
        process = builder.start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> readStderr(url), "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String ws = url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(ws), new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new TimeoutException("Chromium did not offer its DevTools endpoint within " + TIMEOUT + ": " + e
                    + "; its stderr: " + stderr);
        }
    }

    /**
     * @param page the HTML file
     * @param screenshot where the PNG goes
     * @return the page's title and every error it caused
     */
    PageCheck open(Path page, Path screenshot) throws Exception {
        return open(page, screenshot, 1280);
    }

    /**
     * @param page the HTML file
     * @param screenshot where the PNG goes
     * @param width the viewport width in CSS pixels
     * @return the page's title, every error it caused, and what does not fit the width
     */
    PageCheck open(Path page, Path screenshot, int width) throws Exception {
        JsonNode target = call(null, "Target.createTarget", Map.of("url", "about:blank"));
        String session = call(null, "Target.attachToTarget",
                Map.of("targetId", target.get("targetId").asText(), "flatten", true)).get("sessionId").asText();
        call(session, "Runtime.enable", Map.of());
        call(session, "Log.enable", Map.of());
        call(session, "Page.enable", Map.of());
        call(session, "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        errors.clear();
        loaded = new CompletableFuture<>();
        call(session, "Page.navigate", Map.of("url", page.toUri().toString()));
        loaded.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String title = call(session, "Runtime.evaluate", Map.of("expression", "document.title", "returnByValue", true))
                .path("result").path("value").asText();
        String clipped = call(session, "Runtime.evaluate", Map.of("expression", CLIPPED, "returnByValue", true))
                .path("result").path("value").asText();
        JsonNode shot = call(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        Files.write(screenshot, Base64.getDecoder().decode(shot.get("data").asText()));
        call(null, "Target.closeTarget", Map.of("targetId", target.get("targetId").asText()));
        return new PageCheck(title, new ArrayList<>(errors), clipped);
    }

    private JsonNode call(String session, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void onMessage(String text) throws IOException {
        JsonNode m = JSON.readTree(text);
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(m.get("id").asInt());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        JsonNode p = m.path("params");
        switch (m.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asText()) || "assert".equals(p.path("type").asText())) {
                    errors.add("console." + p.path("type").asText() + ": " + p.path("args"));
                }
            }
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails"));
            case "Log.entryAdded" -> {
                if ("error".equals(p.path("entry").path("level").asText())) {
                    errors.add("log: " + p.path("entry").path("text").asText() + " ("
                            + p.path("entry").path("url").asText() + ")");
                }
            }
            default -> {
            }
        }
    }

    private void readStderr(CompletableFuture<String> url) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                stderr.add(line);
                Matcher m = DEVTOOLS.matcher(line);
                if (m.find()) {
                    url.complete(m.group(1));
                }
            }
        } catch (IOException e) {
            url.completeExceptionally(e);
        }
        url.completeExceptionally(new IOException("Chromium ended before offering DevTools"));
    }

    @Override
    public void close() throws InterruptedException {
        if (socket != null) {
            socket.abort();
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    onMessage(text);
                } catch (IOException e) {
                    errors.add("unreadable DevTools message: " + e.getMessage());
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
