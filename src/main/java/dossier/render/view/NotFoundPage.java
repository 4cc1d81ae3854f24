package dossier.render.view;

import java.util.List;

/** The 404 page; its links are absolute paths, as it is served at any depth. */
public record NotFoundPage(PageMeta meta, String title, List<Section> sections) {
}
