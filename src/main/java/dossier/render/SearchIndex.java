package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dossier.graph.DossierGraph;
import dossier.markdown.ParsedBody;
import dossier.markdown.PlainText;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.Person;
import dossier.model.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The search page's index, built here at build time: one record per page with its kind, title,
 * address (relative to the site root) and text. The page's small script searches it in the browser.
 */
final class SearchIndex {
    static final String PATH = "search/index.json";
    private static final int MAX_TEXT = 2000;

    private SearchIndex() {
    }

    static String write(DossierGraph graph) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartArray();
            for (Kind kind : Kind.values()) {
                for (Entity entity : graph.model().all(kind)) {
                    json.writeStartObject();
                    json.writeStringField("k", kind.singular());
                    json.writeStringField("t", entity.title());
                    json.writeStringField("u", SitePaths.of(EntityKey.of(entity)));
                    json.writeStringField("x", text(graph, entity));
                    json.writeEndObject();
                    json.writeRaw('\n');
                }
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static String text(DossierGraph graph, Entity entity) {
        StringBuilder text = new StringBuilder();
        if (entity instanceof Quote quote) {
            text.append(quote.text()).append(' ');
        }
        if (entity instanceof Person person) {
            text.append(String.join(" ", person.aliases())).append(' ');
        }
        ParsedBody body = graph.bodies().get(EntityKey.of(entity));
        if (body != null) {
            text.append(PlainText.of(body.document()));
        }
        String all = text.toString().strip();
        return all.length() <= MAX_TEXT ? all : all.substring(0, MAX_TEXT);
    }
}
