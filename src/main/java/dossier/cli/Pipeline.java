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
import dossier.render.RenderedSite;
import dossier.render.SiteRenderer;
import dossier.render.SitePaths;
import dossier.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the stages in order on one dossier folder and returns the site in memory with every
 * diagnostic. Holds no logic of its own: the order listed matches the order of execution.
 */
final class Pipeline {
    /** The label diagnostics about output files carry. */
    static final String SITE_LABEL = "site";

    record Options(Path source, Optional<String> baseUrl, boolean drafts) {
    }

    /** @param site present only when no error was found */
    record Result(Optional<RenderedSite> site, List<Diagnostic> diagnostics) {
        boolean failed() {
            return site.isEmpty();
        }
    }

    private final ContentLoader loader = new ContentLoader();
    private final MarkdownParser markdown = new MarkdownParser();
    private final GraphBuilder graphs = new GraphBuilder();
    private final LinkChecker links = new LinkChecker();

    Result run(Options options) {
        StageClock clock = StageClock.fromEnvironment();
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = loader.load(options.source(), diagnostics);
        clock.lap("load");
        if (files.isEmpty() && diagnostics.hasErrors()) {
            // Nothing could be read (no content/ folder, say): later stages would only echo that.
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        ContentModel model = new ModelBuilder(options.drafts()).build(files, diagnostics);
        if (options.baseUrl().isPresent()) {
            model = model.withSettings(model.settings().withBaseUrl(options.baseUrl().get()));
        }
        clock.lap("model");
        // Bodies are independent: parsed on every core. Diagnostics are sorted before printing.
        List<Entity> entities = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            entities.addAll(model.all(kind));
        }
        Map<EntityKey, ParsedBody> bodies = entities.parallelStream().collect(Collectors.toMap(EntityKey::of,
                entity -> markdown.parse(entity.path(), entity.body(), diagnostics)));
        clock.lap("markdown");
        DossierGraph graph = graphs.build(model, bodies, diagnostics);
        clock.lap("graph");
        if (diagnostics.hasErrors()) {
            // Rendering a dossier with broken references would only add echoes of the same errors.
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        RenderedSite site = new SiteRenderer(new Theme(options.source()))
                .render(graph, GitHistory.read(options.source()), diagnostics);
        clock.lap("render");
        if (!diagnostics.hasErrors()) {
            // A page whose template failed is missing, and every link to it would be reported again.
            links.check(site, SitePaths.basePath(model.settings().baseUrl()), SITE_LABEL, diagnostics);
        }
        clock.lap("check");
        return new Result(diagnostics.hasErrors() ? Optional.empty() : Optional.of(site), diagnostics.sorted());
    }
}
