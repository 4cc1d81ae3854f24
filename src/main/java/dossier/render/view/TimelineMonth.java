package dossier.render.view;

import java.util.List;

/** One month of the timeline; {@code id} is its anchor ({@code 2022-10}). */
public record TimelineMonth(String id, String label, List<TimelineItem> items) {
}
