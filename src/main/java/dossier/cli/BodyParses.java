package dossier.cli;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.load.SourceFile;
import dossier.markdown.MarkdownParser;
import dossier.markdown.ParsedBody;
import dossier.model.Body;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.parallel.EveryCore;
import dossier.render.BodyRenderer;
import dossier.render.RenderedBody;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The markdown stage: every body parsed, and rendered to HTML at once so that its syntax tree can
 * be dropped. For serve it keeps the last build's parses by what they were parsed from, and
 * parses again only the bodies that changed.
 */
final class BodyParses {
    /** What a body was parsed from: the same again gives the same parse. */
    record ParsedFrom(EntityKey key, String path, Body source) {
        /** An entity's body, from the file that made it. */
        static ParsedFrom of(Entity entity, SourceFile file) {
            return new ParsedFrom(EntityKey.of(entity), entity.path(), Body.of(file));
        }
    }

    /** One body parsed: its facts for the graph, its HTML for the pages, and what was wrong with it. */
    record Parse(EntityKey key, ParsedBody parsed, RenderedBody rendered, List<Diagnostic> diagnostics) {
    }

    private final MarkdownParser markdown = new MarkdownParser();
    private final BodyRenderer renderer = new BodyRenderer();
    private final boolean remembers;
    private volatile Map<ParsedFrom, Parse> previous = new ConcurrentHashMap<>();

    /** @param remembers whether to keep each build's parses for the next (serve) */
    BodyParses(boolean remembers) {
        this.remembers = remembers;
    }

    /**
     * Every body, in the order given. Bodies are independent: they are parsed on every core.
     * Their diagnostics go to {@code diagnostics}, which sorts them before printing.
     */
    List<Parse> parseAll(List<ParsedFrom> sources, Diagnostics diagnostics) {
        Map<ParsedFrom, Parse> earlier = previous;
        Map<ParsedFrom, Parse> now = new ConcurrentHashMap<>();
        List<Parse> parsed = EveryCore.map(sources, from -> {
            // A one-off build has no earlier parses, and a lookup would hash every body.
            Parse parse = earlier.isEmpty() ? null : earlier.get(from);
            if (parse == null) {
                parse = parseNow(from);
            }
            parse.diagnostics().forEach(diagnostics::add);
            if (remembers) {
                now.put(from, parse);
            }
            return parse;
        });
        previous = now;
        return parsed;
    }

    /** One body, kept for the next {@link #parseAll} as if that had parsed it. */
    Parse parse(ParsedFrom from) {
        Parse parse = parseNow(from);
        if (remembers) {
            previous.put(from, parse);
        }
        return parse;
    }

    private Parse parseNow(ParsedFrom from) {
        Diagnostics found = new Diagnostics();
        MarkdownParser.Parsed body = markdown.parse(from.path(), from.source(), found);
        return new Parse(from.key(), body.body(), renderer.render(from.key(), body.tree()), found.sorted());
    }
}
