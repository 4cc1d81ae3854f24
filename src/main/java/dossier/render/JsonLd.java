package dossier.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dossier.model.Article;
import dossier.model.DateValue;
import dossier.model.Entity;
import dossier.model.Event;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.model.Person;
import dossier.model.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The schema.org description of an entity's page, for search engines and other machines:
 * NewsArticle (with {@code archivedAt} and {@code isBasedOn}), Person, NewsMediaOrganization
 * (with {@code parentOrganization}), Quotation (with {@code creator}) and Event. Written by
 * Jackson with {@code <}, {@code >} and {@code &} escaped, so that no content value can end
 * the {@code <script>} element it is printed in.
 */
final class JsonLd {
    private static final JsonFactory JSON = new JsonFactory();

    private JsonLd() {
    }

    /** @return the JSON-LD text, or empty for kinds schema.org has no fitting type for */
    static String of(Entity entity, GraphReader graph, String pageUrl) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setCharacterEscapes(new ScriptSafe());
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            if (entity instanceof Article article) {
                article(json, article, graph);
            } else if (entity instanceof Outlet outlet) {
                organisation(json, outlet, graph);
            } else if (entity instanceof Person person) {
                person(json, person);
            } else if (entity instanceof Quote quote) {
                quotation(json, quote, graph);
            } else if (entity instanceof Event event) {
                event(json, event);
            } else {
                json.writeStringField("@type", "WebPage");
                json.writeStringField("name", entity.title());
            }
            if (!pageUrl.isEmpty()) {
                json.writeStringField(entity instanceof Article ? "mainEntityOfPage" : "url", pageUrl);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void article(JsonGenerator json, Article article, GraphReader graph) throws IOException {
        json.writeStringField("@type", "NewsArticle");
        json.writeStringField("headline", article.title());
        if (!article.published().text().isEmpty()) {
            json.writeStringField("datePublished", AtomFeed.timestamp(article.published()));
        }
        json.writeStringField("inLanguage", article.language());
        if (!article.authors().isEmpty()) {
            json.writeArrayFieldStart("author");
            for (String author : article.authors()) {
                named(json, "Person", author);
            }
            json.writeEndArray();
        }
        Optional<Outlet> outlet = graph.find(Kind.OUTLET, article.outlet().id()).map(Outlet.class::cast);
        if (outlet.isPresent()) {
            json.writeFieldName("publisher");
            named(json, "NewsMediaOrganization", outlet.get().name());
        }
        if (!article.url().isEmpty()) {
            json.writeStringField("url", article.url());
        }
        if (!article.archiveUrl().isEmpty()) {
            json.writeStringField("archivedAt", article.archiveUrl());
        }
        List<Entity> sources = article.via().stream().map(graph::resolve).flatMap(Optional::stream).toList();
        json.writeArrayFieldStart("isBasedOn");
        for (Entity source : sources) {
            named(json, source.kind() == Kind.OUTLET ? "NewsMediaOrganization" : "NewsArticle", source.title());
        }
        json.writeEndArray();
    }

    private static void organisation(JsonGenerator json, Outlet outlet, GraphReader graph) throws IOException {
        json.writeStringField("@type", "NewsMediaOrganization");
        json.writeStringField("name", outlet.name());
        if (!outlet.url().isEmpty()) {
            json.writeStringField("sameAs", outlet.url());
        }
        Optional<Entity> parent = outlet.parent().flatMap(p -> graph.find(Kind.OUTLET, p.id()));
        if (parent.isPresent()) {
            json.writeFieldName("parentOrganization");
            named(json, "NewsMediaOrganization", parent.get().title());
        }
        if (!outlet.country().isEmpty()) {
            json.writeStringField("countryOfOrigin", outlet.country());
        }
    }

    private static void person(JsonGenerator json, Person person) throws IOException {
        json.writeStringField("@type", "Person");
        json.writeStringField("name", person.name());
        strings(json, "alternateName", person.aliases());
        if (!person.roles().isEmpty()) {
            json.writeStringField("jobTitle", person.roles().get(0).title());
        }
        if (!person.wikidata().isEmpty()) {
            json.writeStringField("sameAs", "https://www.wikidata.org/wiki/" + person.wikidata());
        }
    }

    private static void quotation(JsonGenerator json, Quote quote, GraphReader graph) throws IOException {
        json.writeStringField("@type", "Quotation");
        json.writeStringField("text", quote.text());
        Optional<Entity> speaker = quote.speaker().flatMap(s -> graph.find(Kind.PERSON, s.id()));
        if (speaker.isPresent()) {
            json.writeFieldName("creator");
            named(json, "Person", speaker.get().title());
        }
        if (quote.said().isPresent()) {
            json.writeStringField("dateCreated", quote.said().get().isoDate());
        }
        if (!quote.language().isEmpty()) {
            json.writeStringField("inLanguage", quote.language());
        }
    }

    private static void event(JsonGenerator json, Event event) throws IOException {
        json.writeStringField("@type", "Event");
        json.writeStringField("name", event.title());
        json.writeStringField("startDate", event.when().isoDate());
        Optional<DateValue> end = event.end();
        if (end.isPresent()) {
            json.writeStringField("endDate", end.get().isoDate());
        }
        if (!event.place().isEmpty()) {
            json.writeFieldName("location");
            named(json, "Place", event.place());
        }
    }

    private static void named(JsonGenerator json, String type, String name) throws IOException {
        json.writeStartObject();
        json.writeStringField("@type", type);
        json.writeStringField("name", name);
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Escapes the characters that could close or confuse an HTML {@code <script>} element. */
    private static final class ScriptSafe extends CharacterEscapes {
        private final int[] escapes;

        ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
