package dossier.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dossier.graph.Corroboration;
import dossier.graph.DossierGraph;
import dossier.graph.Mention;
import dossier.graph.Rendering;
import dossier.model.Article;
import dossier.model.DateValue;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Event;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.model.Person;
import dossier.model.Position;
import dossier.model.Quote;
import dossier.model.Reference;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code dossier.json}: the whole graph for other tools, format version 1, described field by
 * field in {@code docs/dossier-json.schema.json}:
 * <pre>
 * { "format": "dossier-graph", "version": 1, "title": …, "base_url": …,
 *   "entities":      [ { "kind", "id", "path", "url", "title", …kind's fields } ],
 *   "references":    [ { "from", "to", "field", "fragment", "path", "line", "column" } ],
 *   "renderings":    [ { "quote", "article", "text", "similarity", "path", "line", "column" } ],
 *   "chains":        [ { "article", "paths": [[key, …]], "speakers": [key, …] } ],
 *   "corroboration": [ { "entity", "articles", "outlets", "owners", "sources", "source_owners" } ] }
 * </pre>
 * Entities are in kind then id order, references in source order; keys are written
 * {@code kind:id}; {@code url} is relative to the site root. Fields are only ever added within
 * a version.
 */
final class GraphJson {
    static final String PATH = "dossier.json";
    static final int VERSION = 1;

    private GraphJson() {
    }

    /** The export as UTF-8, written straight to bytes: on a large dossier it runs to tens of megabytes. */
    static byte[] write(DossierGraph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeStringField("format", "dossier-graph");
            json.writeNumberField("version", VERSION);
            json.writeStringField("title", graph.model().settings().title());
            json.writeStringField("base_url", graph.model().settings().baseUrl());
            json.writeArrayFieldStart("entities");
            for (Kind kind : Kind.values()) {
                for (Entity entity : graph.model().all(kind)) {
                    entity(json, entity);
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("references");
            for (List<Mention> mentions : graph.outgoing().values()) {
                for (Mention mention : mentions) {
                    json.writeStartObject();
                    json.writeStringField("from", mention.from().toString());
                    json.writeStringField("to", mention.to().toString());
                    json.writeStringField("field", mention.field());
                    json.writeStringField("fragment", mention.fragment());
                    position(json, mention.position());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("renderings");
            for (List<Rendering> renderings : graph.renderings().values()) {
                for (Rendering rendering : renderings) {
                    json.writeStartObject();
                    json.writeStringField("quote", rendering.quoteId());
                    json.writeStringField("article", rendering.articleId());
                    json.writeStringField("text", rendering.text());
                    json.writeNumberField("similarity", Math.round(rendering.diff().similarity() * 1000) / 1000.0);
                    position(json, rendering.position());
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("chains");
            for (var chain : graph.chains().entrySet()) {
                json.writeStartObject();
                json.writeStringField("article", chain.getKey());
                json.writeArrayFieldStart("paths");
                for (List<EntityKey> path : chain.getValue().paths()) {
                    keys(json, path);
                }
                json.writeEndArray();
                json.writeFieldName("speakers");
                keys(json, chain.getValue().speakers());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("corroboration");
            for (var entry : graph.corroboration().entrySet()) {
                Corroboration c = entry.getValue();
                json.writeStartObject();
                json.writeStringField("entity", entry.getKey().toString());
                json.writeFieldName("articles");
                keys(json, c.articles());
                strings(json, "outlets", c.outlets());
                json.writeNumberField("owners", c.owners());
                strings(json, "sources", c.sources());
                json.writeNumberField("source_owners", c.sourceOwners());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void keys(JsonGenerator json, List<EntityKey> keys) throws IOException {
        json.writeStartArray();
        for (EntityKey key : keys) {
            json.writeString(key.toString());
        }
        json.writeEndArray();
    }

    private static void position(JsonGenerator json, Position position) throws IOException {
        json.writeStringField("path", position.path());
        json.writeNumberField("line", position.line());
        json.writeNumberField("column", position.column());
    }

    private static void entity(JsonGenerator json, Entity entity) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", entity.kind().prefix());
        json.writeStringField("id", entity.id());
        json.writeStringField("path", entity.path());
        json.writeStringField("url", SitePaths.of(EntityKey.of(entity)));
        json.writeStringField("title", entity.title());
        if (entity instanceof Article article) {
            json.writeStringField("outlet", article.outlet().id());
            date(json, "published", Optional.of(article.published()));
            strings(json, "authors", article.authors());
            json.writeStringField("url_original", article.url());
            json.writeStringField("archive_url", article.archiveUrl());
            json.writeStringField("language", article.language());
            json.writeStringField("translation", article.translation().method().label());
            json.writeStringField("translated_from", article.translation().from());
            strings(json, "inferred", article.inferred());
            json.writeStringField("summary", article.summary());
        } else if (entity instanceof Outlet outlet) {
            json.writeStringField("outlet_kind", outlet.outletKind().map(k -> k.slug()).orElse(""));
            json.writeStringField("country", outlet.country());
            json.writeStringField("owner", outlet.owner());
            json.writeStringField("parent", outlet.parent().map(p -> p.id()).orElse(""));
        } else if (entity instanceof Person person) {
            strings(json, "aliases", person.aliases());
            json.writeStringField("wikidata", person.wikidata());
        } else if (entity instanceof Quote quote) {
            json.writeStringField("speaker", quote.speaker().map(Reference::id).orElse(""));
            json.writeStringField("document", quote.document().map(Reference::id).orElse(""));
            date(json, "said", quote.said());
            json.writeStringField("text", quote.text());
            json.writeStringField("original", quote.original());
            json.writeStringField("language", quote.language());
        } else if (entity instanceof Event event) {
            date(json, "start", Optional.of(event.when()));
            date(json, "end", event.end());
            json.writeStringField("place", event.place());
        }
        json.writeEndObject();
    }

    private static void date(JsonGenerator json, String field, Optional<DateValue> value) throws IOException {
        json.writeStringField(field, value.map(DateValue::text).orElse(""));
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
