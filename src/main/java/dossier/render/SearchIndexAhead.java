package dossier.render;

import dossier.model.ContentModel;
import dossier.model.EntityKey;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ForkJoinTask;

/**
 * The search index's files of a one-off build, begun on a free core as soon as the bodies are
 * rendered. They read only the model and the bodies, not the graph; the graph stage leaves one
 * of two cores idle for half of its time (its serial parts), which the index fills instead of
 * taking its share of the render stage, where every core is busy.
 */
public final class SearchIndexAhead {
    private final ContentModel model;
    private final Map<EntityKey, RenderedBody> bodies;
    private final ForkJoinTask<SortedMap<String, String>> making;

    private SearchIndexAhead(ContentModel model, Map<EntityKey, RenderedBody> bodies,
                             ForkJoinTask<SortedMap<String, String>> making) {
        this.model = model;
        this.bodies = bodies;
        this.making = making;
    }

    /** Begins the index of every entity of this model with these bodies, which must not change after. */
    public static SearchIndexAhead begin(ContentModel model, Map<EntityKey, RenderedBody> bodies) {
        return new SearchIndexAhead(model, bodies,
                ForkJoinTask.adapt(() -> SearchIndex.files(SiteRenderer.searchDocuments(model, bodies))).fork());
    }

    /** Gives up the index, where the build stops before rendering; one already being made runs out unread. */
    public void abandon() {
        making.cancel(false);
    }

    /** Whether this index is of this model and these bodies, as a render of them would make it. */
    boolean isOf(ContentModel model, Map<EntityKey, RenderedBody> bodies) {
        return this.model == model && this.bodies == bodies;
    }

    /** The index's files by site path, once made; its failure, if it failed. */
    SortedMap<String, String> files() {
        return making.join();
    }
}
