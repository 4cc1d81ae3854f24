package dossier.render.view;

/** A collection as the home page introduces it. */
public record Section(Link link, int count) {
}
