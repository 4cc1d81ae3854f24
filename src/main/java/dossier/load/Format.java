package dossier.load;

/** The two kinds of content file. */
public enum Format {
    /** {@code ID.yaml}: metadata only. */
    YAML,
    /** {@code ID.md}: YAML front matter between {@code ---} lines, then a Markdown body. */
    MARKDOWN
}
