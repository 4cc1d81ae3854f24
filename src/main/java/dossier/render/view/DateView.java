package dossier.render.view;

/** A date for {@code <time datetime="iso">display</time>}. */
public record DateView(String iso, String display) {
}
