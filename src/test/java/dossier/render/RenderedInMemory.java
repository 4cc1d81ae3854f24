package dossier.render;

import dossier.diagnostic.Diagnostics;
import dossier.graph.DossierGraph;
import dossier.graph.GraphBuilder;
import dossier.load.ContentLoader;
import dossier.load.SourceFile;
import dossier.markdown.MarkdownParser;
import dossier.markdown.ParsedBody;
import dossier.model.Body;
import dossier.model.ContentModel;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.ModelBuilder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A dossier folder's site rendered in memory: every file by site path, each page's links and
 * ids, and how the theme's templates were used. For tests that compare two renders of one dossier.
 */
record RenderedInMemory(SortedMap<String, byte[]> files, SortedMap<String, PageLinks> links,
                        SiteRenderer.TemplateUse use) {

    /** Loads, parses and links the dossier, then renders it with the theme. */
    static RenderedInMemory render(Path dossier, Theme theme) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceFile> files = new ContentLoader().load(dossier, diagnostics);
        ContentModel model = new ModelBuilder(false).build(files, diagnostics);
        Map<String, Body> sources = new HashMap<>();
        files.forEach(file -> sources.put(file.path(), Body.of(file)));
        MarkdownParser parser = new MarkdownParser();
        BodyRenderer renderer = new BodyRenderer();
        Map<EntityKey, ParsedBody> parsed = new HashMap<>();
        Map<EntityKey, RenderedBody> html = new HashMap<>();
        for (Kind kind : Kind.values()) {
            for (Entity entity : model.all(kind)) {
                MarkdownParser.Parsed body = parser.parse(entity.path(), sources.get(entity.path()), diagnostics);
                EntityKey key = EntityKey.of(entity);
                parsed.put(key, body.body());
                html.put(key, renderer.render(key, body.tree()));
            }
        }
        DossierGraph graph = new GraphBuilder().build(model, parsed, diagnostics);
        RecordingOutput output = new RecordingOutput();
        SiteRenderer site = new SiteRenderer(theme);
        site.render(graph, html, Map.of(), diagnostics, output);
        if (diagnostics.hasErrors()) {
            throw new IllegalStateException("the dossier has errors: " + diagnostics.sorted());
        }
        return new RenderedInMemory(output.files(), output.recorded(), site.templateUse());
    }
}
