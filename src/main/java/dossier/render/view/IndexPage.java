package dossier.render.view;

import java.util.List;

/** The list of one collection. */
public record IndexPage(PageMeta meta, String title, List<Entry> entries) {
}
