package dossier.render.view;

/** The search page; {@code indexHref} and {@code scriptHref} are relative to it. */
public record SearchPage(PageMeta meta, String title, String indexHref, String scriptHref) {
}
