package dossier.model;

/** The Markdown of a {@code .md} file after its front matter, and the file line it starts on. */
public record Body(String markdown, int line) {
    public static final Body NONE = new Body("", 1);
}
