package dossier;

import dossier.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dossier folder for a test, written from one text in which {@code -- path --} lines start
 * each file, as Hugo's tests do; and the command line run on it as a user would run it.
 *
 * <pre>
 * TestDossier dossier = TestDossier.write(folder, """
 *     -- content/dossier.yaml --
 *     title: Test
 *     -- content/people/a.md --
 *     ---
 *     name: A
 *     ---
 *     """);
 * TestDossier.Run run = dossier.run("build");
 * </pre>
 */
public final class TestDossier {
    private static final Pattern MARKER = Pattern.compile("(?m)^-- (\\S+) --\\n");

    private final Path folder;

    private TestDossier(Path folder) {
        this.folder = folder;
    }

    public static TestDossier write(Path folder, String files) {
        Matcher matcher = MARKER.matcher(files);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            starts.add(new int[] {matcher.start(), matcher.end()});
            names.add(matcher.group(1));
        }
        try {
            for (int i = 0; i < names.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : files.length();
                Path file = folder.resolve(names.get(i));
                Files.createDirectories(file.getParent());
                Files.writeString(file, files.substring(starts.get(i)[1], end), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestDossier(folder);
    }

    /** A copy of a fixture dossier from {@code src/test/resources/sites/NAME}. */
    public static TestDossier copyOf(String name, Path folder) {
        Path fixture = Path.of("src/test/resources/sites", name);
        try (Stream<Path> walk = Files.walk(fixture)) {
            for (Path source : walk.sorted().toList()) {
                Path target = folder.resolve(fixture.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestDossier(folder);
    }

    public Path folder() {
        return folder;
    }

    public Path site() {
        return folder.resolve("site");
    }

    /** Adds or replaces files, in the same notation as {@link #write}. */
    public TestDossier with(String files) {
        return write(folder, files);
    }

    /** Runs {@code dossier ARGS --source FOLDER} (the source option is added where the command takes one). */
    public Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.isEmpty() && List.of("build", "check", "new").contains(all.get(0)) && !all.contains("--source")) {
            all.add("--source");
            all.add(folder.toString());
        }
        return Run.of(all.toArray(String[]::new));
    }

    /** The outcome of one command: its exit status and what it printed. */
    public record Run(int status, String out, String err) {
        public static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(status, out.toString(), err.toString());
        }

        /** The diagnostic lines of stderr, without the closing count. */
        public List<String> diagnostics() {
            return err.lines().filter(line -> line.matches("^\\S+?(:\\d+:\\d+)?: (error|warning): .*")).toList();
        }
    }

    public String read(String sitePath) {
        try {
            return Files.readString(site().resolve(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a site with its bytes, comparable with equals: to show a site was left as it was. */
    public static Map<String, byte[]> snapshot(Path site) {
        Map<String, byte[]> files = new TreeMap<>() {
            @Override
            public boolean equals(Object other) {
                if (!(other instanceof Map<?, ?> map) || !map.keySet().equals(keySet())) {
                    return false;
                }
                return entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), (byte[]) map.get(e.getKey())));
            }
        };
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
