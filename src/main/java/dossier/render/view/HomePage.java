package dossier.render.view;

import java.util.List;

/** The overview. */
public record HomePage(PageMeta meta, String title, String description, List<Section> sections,
                       List<Entry> latest, List<Link> pages) {
}
