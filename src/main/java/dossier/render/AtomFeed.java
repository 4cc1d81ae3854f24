package dossier.render;

import dossier.model.Article;
import dossier.model.DateValue;
import dossier.model.DossierSettings;
import dossier.model.Kind;
import dossier.model.EntityKey;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom feed of articles, newest first. Its {@code updated} time is that of the newest
 * article, never the build time, so that two builds of the same dossier are identical.
 */
final class AtomFeed {
    static final String PATH = "feed.xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int MAX_ENTRIES = 50;

    private AtomFeed() {
    }

    /** The feed of these articles, given the newest first, as pages list them. */
    static String write(DossierSettings settings, List<Article> newestFirst, ArticleDetails details) {
        List<Article> newest = newestFirst.subList(0, Math.min(MAX_ENTRIES, newestFirst.size()));
        String base = settings.baseUrl();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            if (!base.isEmpty()) {
                xml.writeAttribute("xml:base", base);
            }
            xml.writeCharacters("\n");
            element(xml, "id", base.isEmpty() ? "urn:dossier:" + slug(settings.title()) : base);
            element(xml, "title", settings.title());
            if (!settings.description().isEmpty()) {
                element(xml, "subtitle", settings.description());
            }
            element(xml, "updated", newest.isEmpty() ? "1970-01-01T00:00:00Z" : timestamp(newest.get(0).published()));
            link(xml, "self", PATH, "application/atom+xml");
            link(xml, "alternate", "./", "text/html");
            xml.writeStartElement("author");
            element(xml, "name", settings.editors().isEmpty() ? settings.title() : String.join(", ", settings.editors()));
            xml.writeEndElement();
            xml.writeCharacters("\n");
            for (Article article : newest) {
                String href = SitePaths.of(EntityKey.of(article));
                xml.writeStartElement("entry");
                xml.writeCharacters("\n");
                element(xml, "id", base.isEmpty() ? "urn:dossier:article:" + article.id() : base + href);
                element(xml, "title", article.title());
                element(xml, "updated", timestamp(article.published()));
                element(xml, "published", timestamp(article.published()));
                link(xml, "alternate", href, "text/html");
                String detail = details.of(article);
                element(xml, "summary", article.summary().isEmpty() ? detail : article.summary());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
        return out.toString();
    }

    /** What a feed entry says about an article when it has no summary. */
    interface ArticleDetails {
        String of(Article article);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        xml.writeCharacters("\n");
    }

    /** RFC 3339, as Atom requires: a date alone is taken as midnight UTC. */
    static String timestamp(DateValue value) {
        var time = value.time().orElse(java.time.LocalTime.MIDNIGHT);
        var offset = value.offset().orElse(ZoneOffset.UTC);
        return value.date().atTime(time).atOffset(offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? Kind.ARTICLE.folder() : slug;
    }
}
