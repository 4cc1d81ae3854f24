package dossier.load;

/**
 * One content file as read from disk.
 *
 * @param path       relative to the dossier folder, with {@code /}, e.g. {@code content/people/dmitry-peskov.md}
 * @param collection the folder under {@code content/} ({@code articles}, {@code people}, ...),
 *                   or empty for a file directly in {@code content/}
 * @param id         the file name without its extension
 * @param metadata   the YAML (whole file or front matter); empty when {@code readable} is false
 * @param body       the Markdown after the front matter, {@code \n} line endings; empty for YAML files
 * @param bodyLine   the 1-based line of the file on which {@code body} starts
 * @param readable   false when the file could not be decoded or its YAML not parsed; the problem
 *                   has been reported, and later stages only use the id to avoid repeating it
 */
public record SourceFile(
        String path,
        String collection,
        String id,
        Format format,
        YamlMap metadata,
        String body,
        int bodyLine,
        boolean readable) {
}
