package dossier.render;

import dossier.markdown.Alert;
import dossier.markdown.MarkdownParser;
import dossier.markdown.BodyTree;
import dossier.markdown.PlainText;
import dossier.markdown.TypedLink;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.render.view.BodyHtml;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a body to HTML for its entity's page: typed links become relative links to the pages
 * they name, anchored blocks get their ids, alerts become note boxes, and the result passes
 * {@link ContentPolicy}. Typed links are rewritten by an attribute provider on the renderer,
 * never by editing the HTML text. Each body is rendered once, as soon as it is parsed, so that
 * no syntax tree outlives its body: on a large dossier the trees would take most of the memory.
 */
public final class BodyRenderer {
    // Each thread that renders bodies writes them into one buffer, instead of growing a new one
    // for each body by doubling (0.4 GB of a 10,000-article build's allocations), and straight
    // to UTF-8, as a body is kept, instead of to a string that is copied and then encoded.
    private final ThreadLocal<Utf8PageWriter> buffers = ThreadLocal.withInitial(() -> new Utf8PageWriter(64 * 1024));

    /** @param key the entity whose page shows the body */
    public RenderedBody render(EntityKey key, BodyTree tree) {
        BodyHtml html = html(tree, SitePaths.of(key));
        Utf8PageWriter text = buffers.get().reset();
        PlainText.spaced(tree.document(), text);
        return new RenderedBody(html, Utf8Text.ofUtf8(text.toByteArray()));
    }

    /**
     * A body with HTML of the editor's own passes the content policy whole, since a tag opened in
     * one inline piece of HTML may close in another. A body without is CommonMark's output alone,
     * which escapes all text and attribute values and admits only the link schemes the policy
     * admits; the sanitizer would only re-encode it, at a sixth of a build's time.
     */
    private BodyHtml html(BodyTree body, String fromDir) {
        Attributes attributes = new Attributes(body, fromDir, !body.rawHtml());
        // For one node type the renderer registered first wins, so ours come before the extensions'.
        HtmlRenderer renderer = HtmlRenderer.builder()
                .nodeRendererFactory(AlertRenderer::new)
                .nodeRendererFactory(SideNoteRenderer::new)
                .extensions(MarkdownParser.EXTENSIONS)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(ContentPolicy.URL_SCHEMES))
                .softbreak("\n")
                .attributeProviderFactory(context -> attributes)
                .build();
        Utf8PageWriter out = buffers.get().reset();
        renderer.render(body.document(), out);
        byte[] html = out.toByteArray();
        return body.rawHtml() ? ContentPolicy.sanitizeRecordingLinks(new String(html, StandardCharsets.UTF_8))
                : BodyHtml.ofUtf8(html, attributes.collected.links(), attributes.collected.ids());
    }

    /**
     * Sets each anchored block's id and each typed link's address, and, when asked, notes the
     * links and ids of every element as it is written. Every element of a body goes through
     * here: CommonMark's renderers and ours all ask the context for their attributes.
     */
    private static final class Attributes implements AttributeProvider {
        private final BodyTree body;
        private final String fromDir;
        private final boolean record;
        private final PageLinks.Collector collected = new PageLinks.Collector();

        Attributes(BodyTree body, String fromDir, boolean record) {
            this.body = body;
            this.fromDir = fromDir;
            this.record = record;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String anchor = body.anchors().get(node);
            if (anchor != null) {
                attributes.put("id", anchor);
            }
            // No lambda here: one made on every link goes through method handles in quick-compiled code.
            Optional<Target> typed = node instanceof Link link ? typedTarget(link.getDestination()) : Optional.empty();
            if (typed.isPresent()) {
                Target target = typed.get();
                attributes.put("href", SitePaths.relative(fromDir, SitePaths.of(target.key()))
                        + (target.fragment().isEmpty() ? "" : "#" + target.fragment()));
                attributes.put("class", target.key().kind() == Kind.QUOTE
                        ? "ref ref-quote quote-rendering" : "ref ref-" + target.key().kind().prefix());
            }
            // CommonMark marks links nofollow when it checks their schemes; the policy never let it through.
            attributes.remove("rel");
            if (record) {
                // Without the sanitizer, the policy's rules for values that come from content apply here.
                attributes.computeIfPresent("id", (name, value) -> ContentPolicy.keepsId(value) ? value : null);
                attributes.computeIfPresent("class", (name, value) -> ContentPolicy.keepsClasses(value) ? value : null);
                collected.element(tagName, attributes.get("id"), attributes.get("href"), attributes.get("src"));
            }
        }
    }

    private record Target(EntityKey key, String fragment) {
    }

    private static Optional<Target> typedTarget(String destination) {
        Optional<TypedLink.Destination> typed = TypedLink.destination(destination);
        if (typed.isEmpty() || typed.get().id().isEmpty()) {
            return Optional.empty();
        }
        TypedLink.Destination to = typed.get();
        return Optional.of(new Target(new EntityKey(to.kind(), to.id()), to.fragment()));
    }

    /** GitHub alerts as a titled note box that reads well without colour. */
    private static final class AlertRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        AlertRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Alert.class);
        }

        @Override
        public void render(Node node) {
            Alert alert = (Alert) node;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", "alert alert-" + alert.type().slug());
            attributes.put("role", "note");
            html.line();
            html.tag("div", context.extendAttributes(node, "div", attributes));
            html.line();
            html.tag("p", Map.of("class", "alert-title"));
            html.text(alert.type().title());
            html.tag("/p");
            html.line();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.tag("/div");
            html.line();
        }
    }
}
