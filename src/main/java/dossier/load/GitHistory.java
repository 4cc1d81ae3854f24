package dossier.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The commits that changed each content file, newest first, read with one {@code git log} for
 * the whole of {@code content/}, never one process per file. Where the dossier is not a git
 * checkout, or git is missing or fails, there is simply no history: pages then omit it.
 */
public final class GitHistory {
    /** One commit that changed a file. */
    public record Change(String hash, String date, String subject) {
        public String shortHash() {
            return hash.substring(0, Math.min(7, hash.length()));
        }
    }

    private static final char RECORD = '\u001e';
    private static final char FIELD = '\u001f';
    private static final long TIMEOUT_SECONDS = 60;

    private GitHistory() {
    }

    /** Paths relative to the dossier folder ({@code content/people/x.md}) to their changes. */
    public static Map<String, List<Change>> read(Path dossierFolder) {
        if (!Files.exists(dossierFolder.resolve(".git")) && !insideWorkTree(dossierFolder)) {
            return Map.of();
        }
        ProcessBuilder git = new ProcessBuilder("git", "-C", dossierFolder.toString(), "log", "--no-merges",
                "--format=" + RECORD + "%H" + FIELD + "%aI" + FIELD + "%s", "--name-only", "--relative", "--",
                ContentLoader.CONTENT)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = git.start();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Map.of();
            }
            return parse(output);
        } catch (IOException e) {
            return Map.of(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private static boolean insideWorkTree(Path folder) {
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    static Map<String, List<Change>> parse(String log) {
        Map<String, List<Change>> history = new HashMap<>();
        for (String record : log.split(String.valueOf(RECORD))) {
            if (record.isBlank()) {
                continue;
            }
            String[] lines = record.split("\n");
            String[] fields = lines[0].split(String.valueOf(FIELD), 3);
            if (fields.length < 3) {
                continue;
            }
            Change change = new Change(fields[0], fields[1], fields[2]);
            for (int i = 1; i < lines.length; i++) {
                String path = lines[i].strip();
                if (!path.isEmpty()) {
                    history.computeIfAbsent(path, p -> new ArrayList<>()).add(change);
                }
            }
        }
        history.replaceAll((path, changes) -> List.copyOf(changes));
        return Map.copyOf(history);
    }
}
