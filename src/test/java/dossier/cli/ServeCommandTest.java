package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.TestDossier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve} rebuilds on a change and tells the open page, as a browser would see it. */
class ServeCommandTest {
    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private String get(String address) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void rebuildsOnAChangeAndTellsTheOpenPageToReloadOrShowTheErrors() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread serve = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "serve", "--port", "0", "--source", folder.toString()));
        serve.start();
        try {
            String address = awaitAddress(out);
            String page = get(address + "topics/talks/");
            assertThat(page).contains("<h1>Talks</h1>").contains("<script src=\"" + PreviewServer.SCRIPT + "\"></script>");
            assertThat(get(address + PreviewServer.SCRIPT.substring(1))).contains("new EventSource(\"" + PreviewServer.EVENTS + "\")");

            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(URI.create(address + PreviewServer.EVENTS.substring(1))).build(),
                    // On a thread of its own: were the response already there, thenAccept would read the
                    // endless stream on this one, and a pool thread would be lost to it.
                    HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> response.body().forEach(events::add),
                    task -> {
                        Thread reader = new Thread(task, "events");
                        reader.setDaemon(true);
                        reader.start();
                    });
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo(": connected");

            long saved = System.nanoTime();
            dossier.with("""
                    -- content/topics/talks.md --
                    ---
                    title: Talks and negotiations
                    ---
                    """);
            assertThat(nextEvent(events)).isEqualTo("event: reload");
            System.out.printf("serve: change seen, rebuilt and announced %d ms after saving%n",
                    (System.nanoTime() - saved) / 1_000_000);
            assertThat(get(address + "topics/talks/")).contains("<h1>Talks and negotiations</h1>");
            // The graph export, which serve keeps as the pieces it is made of, served whole and as it now is.
            HttpResponse<String> export = http.send(HttpRequest.newBuilder(URI.create(address + "dossier.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(export.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(new ObjectMapper().readTree(export.body()).findValuesAsText("title"))
                    .contains("Talks and negotiations").doesNotContain("Talks");

            dossier.with("""
                    -- content/topics/talks.md --
                    ---
                    title: Talks and negotiations
                    colour: red
                    ---
                    """);
            assertThat(nextEvent(events)).isEqualTo("event: errors");
            assertThat(events.poll(10, TimeUnit.SECONDS))
                    .startsWith("data: \"content/topics/talks.md:3:1: error: unknown field 'colour' in a topic");
            assertThat(get(address + "topics/talks/")).contains("<h1>Talks and negotiations</h1>");
            assertThat(err.toString()).contains("the last good site is still served");
        } finally {
            serve.interrupt();
            serve.join(10_000);
        }
        assertThat(serve.isAlive()).isFalse();
    }

    private static String awaitAddress(StringWriter out) throws InterruptedException {
        Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");
        for (int i = 0; i < 300; i++) {
            Matcher matcher = serving.matcher(out.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + out);
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        for (String line = events.poll(20, TimeUnit.SECONDS); line != null; line = events.poll(20, TimeUnit.SECONDS)) {
            if (line.startsWith("event: ")) {
                return line;
            }
        }
        return "(no event within 20 s)";
    }
}
