package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of mutated Markdown and YAML files through {@code check}: every one ends in
 * diagnostics or success, never in a crash, a hang or an internal error. Deterministic: a
 * failure names its iteration and leaves the input in target/fuzz-failures/.
 */
class FuzzTest {
    private static final int ITERATIONS = 3000;
    private static final long SEED = 20221030L;
    private static final String[] TOKENS = {"[", "]", "(", ")", "---\n", "\n", "*", "**", "_", "&a ", "*a", "!!str ",
            "<<: ", ": ", "- ", "\"", "'", "[^1]", "[^x]: note\n", "](person:", "](quote:", "(event:", "\t", "\r", "\r\n",
            "\uFEFF", "> [!NOTE]\n", "|", "{", "}", "%", "#", "`", "```\n", "<script>", "</", "&#0;", "\u0000", "\uD800",
            "\u202E", "ü", "п", "𝕏", "\\", "title:", "outlet: ", "published: 2022-13-45", "via: [", "  - ", "? ", "~",
            "null", "&", "<!--", "-->", "<div>", "[a]: javascript:x\n", "<https://x>", "![", "1. ", "    ", "> > > > "};

    @TempDir
    Path folder;

    @Test
    void mutatedContentNeverCrashesOrHangsCheck() throws Exception {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        // Seeds are valid content files, each mutated in its own collection, so that many mutants
        // get past the model into the markdown, graph and render stages.
        List<Path> seeds = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(folder.resolve("content")), Files.walk(Path.of("content")))) {
            seeds.addAll(files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().equals("dossier.yaml")).sorted().toList());
        }
        Random random = new Random(SEED);
        ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fuzz");
            thread.setDaemon(true);
            return thread;
        });
        int ok = 0;
        int refused = 0;
        try {
            for (int i = 0; i < ITERATIONS; i++) {
                Path seed = seeds.get(random.nextInt(seeds.size()));
                byte[] mutant = mutate(Files.readAllBytes(seed), random);
                String name = seed.getFileName().toString();
                Path target = folder.resolve("content").resolve(seed.getParent().getFileName().toString())
                        .resolve("fuzz" + name.substring(name.lastIndexOf('.')));
                Files.write(target, mutant);
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                Future<Integer> run = runner.submit(() -> Main.run(new PrintWriter(out), new PrintWriter(err),
                        "check", "--source", folder.toString()));
                int status;
                try {
                    status = run.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    throw new AssertionError("iteration " + i + " hung: " + keep(i, target, mutant));
                }
                String errors = err.toString();
                if (status > 1 || errors.contains("internal error") || errors.contains("Exception")) {
                    throw new AssertionError("iteration " + i + " failed with status " + status + ": " + keep(i, target, mutant)
                            + "\n" + errors);
                }
                if (status == 0) {
                    ok++;
                } else {
                    refused++;
                }
                Files.delete(target);
            }
        } finally {
            runner.shutdownNow();
        }
        System.out.printf("fuzz: %d mutated files checked, %d accepted, %d refused with diagnostics%n", ITERATIONS, ok, refused);
        // Both outcomes are common, so the mutants exercise the whole pipeline, not only the reader.
        assertThat(refused).isGreaterThan(ITERATIONS / 20);
        assertThat(ok).isGreaterThan(ITERATIONS / 20);
    }

    private static byte[] mutate(byte[] input, Random random) {
        byte[] data = input;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = data.length == 0 ? 0 : random.nextInt(data.length);
            switch (random.nextInt(5)) {
                case 0 -> {
                    data = data.clone();
                    if (data.length > 0) {
                        data[at] = (byte) random.nextInt(256);
                    }
                }
                case 1, 2 -> data = splice(data, at, at, TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
                case 3 -> data = splice(data, at, Math.min(data.length, at + random.nextInt(40)), new byte[0]);
                default -> {
                    int end = Math.min(data.length, at + random.nextInt(80));
                    byte[] piece = java.util.Arrays.copyOfRange(data, at, end);
                    data = splice(data, at, at, piece.length > 0 ? repeat(piece, 1 + random.nextInt(50)) : piece);
                }
            }
        }
        return data;
    }

    private static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        byte[] out = new byte[data.length - (to - from) + insert.length];
        System.arraycopy(data, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(data, to, out, from + insert.length, data.length - to);
        return out;
    }

    private static byte[] repeat(byte[] piece, int times) {
        byte[] out = new byte[piece.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(piece, 0, out, i * piece.length, piece.length);
        }
        return out;
    }

    private static String keep(int iteration, Path target, byte[] mutant) throws java.io.IOException {
        Path failures = Files.createDirectories(Path.of("target/fuzz-failures"));
        Path kept = failures.resolve(iteration + "-" + target.getFileName());
        Files.write(kept, mutant);
        return "input kept in " + kept;
    }
}
