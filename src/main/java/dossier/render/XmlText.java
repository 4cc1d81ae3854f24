package dossier.render;

/** Escapes text for XML and HTML markup the generator writes itself (the sitemap, the source graph). */
final class XmlText {
    private XmlText() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
