package dossier.render;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The arrays of the export, each made from one kind of fact, so that serve writes again only
     * those whose facts changed (an edited title changes the entities, not the references).
     */
    enum Part {
        ENTITIES("entities", Fact.Aspect.MEMBERS, Fact.Aspect.ENTITY),
        REFERENCES("references", Fact.Aspect.OUTGOING, Fact.Aspect.OUTGOING),
        RENDERINGS("renderings", Fact.Aspect.RENDERINGS, null),
        CHAINS("chains", Fact.Aspect.CHAIN, null),
        CORROBORATION("corroboration", Fact.Aspect.CORROBORATION, null);

        private final String field;
        final Fact.Aspect madeFrom;
        // For the parts written entity by entity: the fact of one entity its elements are made from.
        private final Fact.Aspect eachFrom;
        // What the part's field starts with in the whole export, before its first element.
        private final byte[] start;

        Part(String field, Fact.Aspect madeFrom, Fact.Aspect eachFrom) {
            this.field = field;
            this.madeFrom = madeFrom;
            this.eachFrom = eachFrom;
            this.start = ("\"" + field + "\":[").getBytes(StandardCharsets.UTF_8);
        }
    }

    /**
     * What serve keeps of one export to write the next from: the whole, as the pieces it is made
     * of ({@link FilePieces}), the other parts, and the elements each entity adds to the parts
     * written entity by entity (the entities, which an edited title changes in one place, and the
     * references, the largest part, which an edit to one body changes in one place). The whole is
     * never joined into one array: its pieces are the other parts and those elements.
     */
    static final class Kept {
        private final Map<Part, byte[]> parts;
        private final Map<Part, Map<EntityKey, byte[]>> elements;
        private final FilePieces whole;

        /** Nothing written yet. */
        Kept() {
            this(Map.of(), Map.of(), null);
        }

        private Kept(Map<Part, byte[]> parts, Map<Part, Map<EntityKey, byte[]>> elements, FilePieces whole) {
            this.parts = parts;
            this.elements = elements;
            this.whole = whole;
        }

        /** The export as last written, or null. */
        FilePieces last() {
            return whole;
        }
    }

    /**
     * The export as UTF-8, written as it is made: on a large dossier it runs to tens of megabytes
     * (38 MB at 10,000 articles), which a single build need not hold.
     */
    static void write(DossierGraph graph, OutputStream out) throws IOException {
        try (JsonGenerator json = generator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            header(json, graph);
            for (Part part : Part.values()) {
                field(json, graph, part);
            }
            json.writeEndObject();
        }
        out.write('\n');
    }

    /**
     * The same export, written from what {@code kept} holds where its facts did not change, and
     * what to keep for the next ({@link Kept#last()} is the export). {@code kept} is left as it
     * was, so a rebuild that is given up leaves nothing half made.
     */
    static Kept write(DossierGraph graph, Kept kept, Optional<ChangedFacts> changed) {
        Map<Part, byte[]> parts = new EnumMap<>(Part.class);
        Map<Part, Map<EntityKey, byte[]>> elements = new EnumMap<>(Part.class);
        boolean asBefore = changed.isPresent() && kept.whole != null;
        for (Part part : Part.values()) {
            boolean unchanged = changed.isPresent() && !changed.get().any(part.madeFrom);
            if (part.eachFrom != null) {
                Map<EntityKey, byte[]> before = kept.elements.get(part);
                if (unchanged && before != null) {
                    elements.put(part, before);
                    continue;
                }
                Map<EntityKey, byte[]> made = new LinkedHashMap<>();
                boolean same = byEntity(graph, part, before == null ? Map.of() : before, changed, made);
                asBefore &= before != null && same;
                elements.put(part, made);
            } else {
                byte[] before = kept.parts.get(part);
                byte[] bytes = unchanged ? before : null;
                if (bytes == null) {
                    bytes = part(graph, part);
                    // The facts changed, the words written may not have (a mention's context is not exported).
                    bytes = Arrays.equals(bytes, before) ? before : bytes;
                }
                parts.put(part, bytes);
                asBefore &= bytes == before;
            }
        }
        return new Kept(parts, elements, asBefore ? kept.whole : pieces(graph, parts, elements));
    }

    private static final byte[] END_ARRAY = "]".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = ",".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "}\n".getBytes(StandardCharsets.UTF_8);

    /** One entity's elements of a part written entity by entity. */
    private interface Elements {
        void write(JsonGenerator json) throws IOException;
    }

    /** Each entity's elements of a part written entity by entity, in the export's order. */
    private static Map<EntityKey, Elements> elementsByEntity(DossierGraph graph, Part part) {
        Map<EntityKey, Elements> each = new LinkedHashMap<>();
        if (part == Part.ENTITIES) {
            for (Kind kind : Kind.values()) {
                for (Entity entity : graph.model().all(kind)) {
                    each.put(EntityKey.of(entity), json -> entity(json, entity));
                }
            }
        } else {
            graph.outgoing().forEach((key, mentions) -> {
                if (!mentions.isEmpty()) {
                    each.put(key, references(mentions));
                }
            });
        }
        return each;
    }

    /**
     * Each entity's elements of a part, into {@code made}, made again only where the entity's
     * facts changed; whether they are all as {@code before} had them.
     */
    private static boolean byEntity(DossierGraph graph, Part part, Map<EntityKey, byte[]> before,
                                    Optional<ChangedFacts> changed, Map<EntityKey, byte[]> made) {
        if (changed.isPresent() && !before.isEmpty()) {
            Optional<Boolean> patched = patched(graph, part, before, changed.get().keys(part.eachFrom), made);
            if (patched.isPresent()) {
                return patched.get();
            }
            made.clear();
        }
        boolean asBefore = true;
        for (Map.Entry<EntityKey, Elements> entry : elementsByEntity(graph, part).entrySet()) {
            byte[] old = before.get(entry.getKey());
            byte[] elements = changed.isPresent() && !changed.get().contains(new Fact(part.eachFrom, entry.getKey()))
                    ? old : null;
            if (elements == null) {
                elements = madeAgain(part, entry.getValue(), old);
            }
            made.put(entry.getKey(), elements);
            asBefore &= elements == old;
        }
        return asBefore && made.size() == before.size();
    }

    /**
     * Each entity's elements of a part, into {@code made}: {@code before}'s, in its order, with
     * those of the entities whose facts changed made again; whether they are all as before. Empty
     * when an entity whose facts changed came, went, or came to have elements or none, which
     * changes the order: then every entity is gone through. After a title edit at 10,000
     * articles, looking up 13,000 entities' elements one by one was a tenth of the edit's CPU.
     */
    private static Optional<Boolean> patched(DossierGraph graph, Part part, Map<EntityKey, byte[]> before,
                                             List<EntityKey> changed, Map<EntityKey, byte[]> made) {
        made.putAll(before);
        boolean asBefore = true;
        for (EntityKey key : changed) {
            byte[] old = before.get(key);
            Optional<Elements> now = elementsOf(graph, part, key);
            if (old == null || now.isEmpty()) {
                return Optional.empty();
            }
            byte[] elements = madeAgain(part, now.get(), old);
            made.put(key, elements);
            asBefore &= elements == old;
        }
        return Optional.of(asBefore);
    }

    /** One entity's elements of a part written entity by entity; empty when it has none. */
    private static Optional<Elements> elementsOf(DossierGraph graph, Part part, EntityKey key) {
        if (part == Part.ENTITIES) {
            return graph.entity(key).map(entity -> json -> entity(json, entity));
        }
        List<Mention> mentions = graph.outgoing().getOrDefault(key, List.of());
        return mentions.isEmpty() ? Optional.empty() : Optional.of(references(mentions));
    }

    private static Elements references(List<Mention> mentions) {
        return json -> {
            for (Mention mention : mentions) {
                reference(json, mention);
            }
        };
    }

    /**
     * One entity's elements made again: the array it had before where they are the same bytes,
     * which tells its callers that nothing changed by identity alone.
     */
    private static byte[] madeAgain(Part part, Elements each, byte[] old) {
        byte[] elements = elements(part, each);
        return Arrays.equals(elements, old) ? old : elements;
    }

    /** One entity's elements alone, as they stand in the whole array of their part. */
    private static byte[] elements(Part part, Elements each) {
        byte[] document = document(json -> {
            json.writeArrayFieldStart(part.field);
            each.write(json);
            json.writeEndArray();
        });
        return Arrays.copyOfRange(document, 1 + part.start.length, document.length - END_ARRAY.length - CLOSE.length);
    }

    /**
     * The whole export as pieces: its parts, and the elements of those written entity by entity,
     * with what goes between them; joined, the same bytes one generator writing all of it gives.
     */
    static FilePieces pieces(DossierGraph graph, Map<Part, byte[]> parts, Map<Part, Map<EntityKey, byte[]>> elements) {
        byte[] header = document(json -> header(json, graph));
        int count = 3 * Part.values().length + 2;
        for (Map<EntityKey, byte[]> each : elements.values()) {
            count += 2 * each.size();
        }
        List<byte[]> pieces = new ArrayList<>(count);
        pieces.add(Arrays.copyOf(header, header.length - CLOSE.length));
        for (Part part : Part.values()) {
            pieces.add(COMMA);
            if (part.eachFrom == null) {
                pieces.add(parts.get(part));
                continue;
            }
            pieces.add(part.start);
            boolean first = true;
            for (byte[] bytes : elements.get(part).values()) {
                if (!first) {
                    pieces.add(COMMA);
                }
                pieces.add(bytes);
                first = false;
            }
            pieces.add(END_ARRAY);
        }
        pieces.add(END);
        return new FilePieces(pieces);
    }

    private static void header(JsonGenerator json, DossierGraph graph) throws IOException {
        json.writeStringField("format", "dossier-graph");
        json.writeNumberField("version", VERSION);
        json.writeStringField("title", graph.model().settings().title());
        json.writeStringField("base_url", graph.model().settings().baseUrl());
    }

    // An object ends in a brace; its fields start after the opening brace, or after the comma
    // that ends the field before.
    private static final byte[] CLOSE = "}".getBytes(StandardCharsets.UTF_8);

    /** One part as the fields of the whole export would have it, without its separating comma. */
    private static byte[] part(DossierGraph graph, Part part) {
        byte[] document = document(json -> field(json, graph, part));
        // Without the opening and closing braces: what lies between the commas.
        return Arrays.copyOfRange(document, 1, document.length - CLOSE.length);
    }

    /** One part's field of the export. */
    private static void field(JsonGenerator json, DossierGraph graph, Part part) throws IOException {
        json.writeArrayFieldStart(part.field);
        switch (part) {
            case ENTITIES, REFERENCES -> {
                for (Elements elements : elementsByEntity(graph, part).values()) {
                    elements.write(json);
                }
            }
            case RENDERINGS -> {
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
            }
            case CHAINS -> {
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
            }
            case CORROBORATION -> {
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
            }
        }
        json.writeEndArray();
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    /** An object of these fields, as UTF-8. */
    private static byte[] document(Fields fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 12);
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Written compact: the export is for tools, which read it whatever its white space, and
     * indented it was twice the size (38 MB at 10,000 articles, every build written to disk and
     * downloaded whole by whatever reads it).
     */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        return new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    }

    private static void reference(JsonGenerator json, Mention mention) throws IOException {
        json.writeStartObject();
        json.writeStringField("from", mention.from().toString());
        json.writeStringField("to", mention.to().toString());
        json.writeStringField("field", mention.field());
        json.writeStringField("fragment", mention.fragment());
        position(json, mention.position());
        json.writeEndObject();
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
