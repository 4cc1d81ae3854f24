package dossier.model;

import dossier.load.Format;
import dossier.load.SourceFile;

/**
 * The Markdown of a {@code .md} file after its front matter, and the file line it starts on. Not
 * part of the entity the file makes: the markdown stage parses it, and a build then keeps only
 * what the parse gave, not the text.
 */
public record Body(String markdown, int line) {
    public static final Body NONE = new Body("", 1);

    /** The body of a content file; a YAML file has none. */
    public static Body of(SourceFile file) {
        return file.format() == Format.MARKDOWN ? new Body(file.body(), file.bodyLine()) : NONE;
    }
}
