package dossier.render.view;

import java.util.List;

/** Events, statements and articles in date order, by month. */
public record TimelinePage(PageMeta meta, String title, List<TimelineMonth> months) {
}
