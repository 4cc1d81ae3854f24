package dossier.render.view;

/** A link as a page shows it: a relative address and its text. */
public record Link(String href, String text) {
}
