package dossier.cli;

import dossier.check.LinkChecker;
import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.GitHistory;
import dossier.load.SourceFile;
import dossier.markdown.MarkdownParser;
import dossier.markdown.ParsedBody;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.ModelBuilder;
import dossier.render.BodyRenderer;
import dossier.render.RenderedBody;
import dossier.render.SiteOutput;
import dossier.render.SiteRenderer;
import dossier.render.SitePaths;
import dossier.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the stages in order on one dossier folder, handing the site's files to an output as they
 * are made, and returns every diagnostic. Holds no logic of its own: the order listed matches
 * the order of execution. When the result has failed, what reached the output must be discarded.
 */
final class Pipeline {
    /** The label diagnostics about output files carry. */
    static final String SITE_LABEL = "site";

    record Options(Path source, Optional<String> baseUrl, boolean drafts) {
    }

    record Result(boolean failed, List<Diagnostic> diagnostics) {
    }

    /** A body as the markdown pass leaves it: facts for the graph, HTML for the pages. */
    private record Body(EntityKey key, ParsedBody parsed, RenderedBody rendered) {
    }

    private final ContentLoader loader = new ContentLoader();
    private final MarkdownParser markdown = new MarkdownParser();
    private final BodyRenderer bodyRenderer = new BodyRenderer();
    private final GraphBuilder graphs = new GraphBuilder();

    /**
     * @throws java.io.UncheckedIOException when the output cannot be written
     * @throws IllegalArgumentException     when the output refuses a path
     */
    Result run(Options options, SiteOutput output) {
        StageClock clock = StageClock.fromEnvironment();
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = loader.load(options.source(), diagnostics);
        clock.lap("load");
        if (files.isEmpty() && diagnostics.hasErrors()) {
            // Nothing could be read (no content/ folder, say): later stages would only echo that.
            return new Result(true, diagnostics.sorted());
        }
        ContentModel model = new ModelBuilder(options.drafts()).build(files, diagnostics);
        if (options.baseUrl().isPresent()) {
            model = model.withSettings(model.settings().withBaseUrl(options.baseUrl().get()));
        }
        clock.lap("model");
        // Bodies are independent: parsed on every core, and each rendered to HTML at once so that
        // its syntax tree can be dropped. Diagnostics are sorted before printing.
        List<Entity> entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        List<Body> parsed = entities.parallelStream().map(entity -> {
            EntityKey key = EntityKey.of(entity);
            MarkdownParser.Parsed body = markdown.parse(entity.path(), entity.body(), diagnostics);
            return new Body(key, body.body(), bodyRenderer.render(key, body.tree()));
        }).toList();
        Map<EntityKey, ParsedBody> bodies = new HashMap<>();
        Map<EntityKey, RenderedBody> html = new HashMap<>();
        for (Body body : parsed) {
            bodies.put(body.key(), body.parsed());
            html.put(body.key(), body.rendered());
        }
        clock.lap("markdown");
        DossierGraph graph = graphs.build(model, bodies, diagnostics);
        clock.lap("graph");
        if (diagnostics.hasErrors()) {
            // Rendering a dossier with broken references would only add echoes of the same errors.
            return new Result(true, diagnostics.sorted());
        }
        LinkChecker links = new LinkChecker(SitePaths.basePath(model.settings().baseUrl()));
        new SiteRenderer(new Theme(options.source()))
                .render(graph, html, GitHistory.read(options.source()), diagnostics, links.watch(output));
        clock.lap("render");
        if (!diagnostics.hasErrors()) {
            // A page whose template failed is missing, and every link to it would be reported again.
            links.check(SITE_LABEL, diagnostics);
        }
        clock.lap("check");
        return new Result(diagnostics.hasErrors(), diagnostics.sorted());
    }
}
