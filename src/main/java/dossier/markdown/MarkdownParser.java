package dossier.markdown;

import dossier.diagnostic.Diagnostics;
import dossier.diagnostic.NearestName;
import dossier.model.Body;
import dossier.model.Kind;
import dossier.model.Position;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The markdown stage: parses a body as CommonMark with GitHub's extensions and collects, with
 * their file positions, the typed links, the footnote problems and the anchors. Built once and
 * safe to share between threads.
 */
public final class MarkdownParser {
    /** The extensions a body may use; the render stage renders with the same set. */
    public static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            FootnotesExtension.create());

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);
    private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern UNDEFINED_NOTE = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");
    // Compiled once: a body has several headings, and String.replaceAll compiles its pattern on every call.
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^\\p{L}\\p{N}\\s-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern RESERVED_ID = Pattern.compile("p\\d+|fn.*");
    private static final List<String> PREFIXES = Arrays.stream(Kind.values()).map(Kind::prefix).toList();
    // The ids of a body's first paragraphs, one string for every body: each body's set of anchor
    // names is kept until the pages are written, and 10,000 articles have 170,000 paragraphs.
    private static final List<String> PARAGRAPH_IDS = IntStream.rangeClosed(1, 256).mapToObj(n -> "p" + n).toList();

    private final Parser parser = parser(EXTENSIONS);
    // The same without autolinks, for a body in which none can be found: the extension looks at
    // every text of every body for a web or mail address (1.5 % of a 10,000-article build's CPU).
    private final Parser withoutAutolinks = parser(EXTENSIONS.stream()
            .filter(extension -> !(extension instanceof AutolinkExtension)).toList());

    private static Parser parser(List<Extension> extensions) {
        return Parser.builder()
                .extensions(extensions)
                .postProcessor(new AlertPostProcessor())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
    }

    /**
     * Whether a body may hold an address for the autolink extension: it finds one only in a text
     * with {@code ://}, {@code @} or {@code www.}, and a text is a piece of the body but where a
     * character reference ({@code &}) or a backslash escape makes a character of its own.
     */
    static boolean mayAutolink(String markdown) {
        // One pass over the body, not one for each of these.
        for (int i = 0; i < markdown.length(); i++) {
            switch (markdown.charAt(i)) {
                case '@', '&', '\\' -> {
                    return true;
                }
                case ':' -> {
                    if (markdown.startsWith("//", i + 1)) {
                        return true;
                    }
                }
                case 'w' -> {
                    if (markdown.startsWith("ww.", i + 1)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** A body's facts for the graph stage, and its tree for the render stage. */
    public record Parsed(ParsedBody body, BodyTree tree) {
    }

    public Parsed parse(String path, Body body, Diagnostics diagnostics) {
        String markdown = body.markdown();
        Node document = parse(mayAutolink(markdown) ? parser : withoutAutolinks, markdown);
        Collector collector = new Collector(path, body.line(), diagnostics);
        document.accept(collector);
        collector.reportNotes();
        return new Parsed(new ParsedBody(collector.links, collector.usedAnchors, collector.passages),
                new BodyTree(document, collector.anchors, collector.rawHtml));
    }

    /**
     * Parsed from a reader: given a string, CommonMark finds its line breaks through
     * CharSequence.charAt, which the quick compiler calls through a stub for every character,
     * where its reader scans an array (parsing 2,000 articles took 4-5 % less CPU). The tree and
     * its source spans are the same.
     */
    private static Node parse(Parser parser, String markdown) {
        try {
            return parser.parseReader(new StringReader(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read from memory
        }
    }

    private static final class Collector extends AbstractVisitor {
        private final String path;
        private final int firstLine;
        private final Diagnostics diagnostics;
        private final List<TypedLink> links = new ArrayList<>();
        private final Map<Node, String> anchors = new IdentityHashMap<>();
        private final Set<String> usedAnchors = new HashSet<>();
        private final Map<String, Position> definedNotes = new HashMap<>();
        private final Set<String> referencedNotes = new HashSet<>();
        private final List<QuotedPassage> passages = new ArrayList<>();
        private int paragraphs;
        private boolean rawHtml;
        private final Sentences sentences = new Sentences();
        private final QuotedPassages quoted = new QuotedPassages(this::position);

        Collector(String path, int firstLine, Diagnostics diagnostics) {
            this.path = path;
            this.firstLine = firstLine;
            this.diagnostics = diagnostics;
        }

        Position position(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                Node parent = node.getParent();
                return parent == null ? new Position(path, firstLine, 1) : position(parent);
            }
            SourceSpan span = spans.get(0);
            return new Position(path, firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (paragraph.getParent() instanceof Document) {
                paragraphs++;
                anchor(paragraph, paragraphs <= PARAGRAPH_IDS.size() ? PARAGRAPH_IDS.get(paragraphs - 1) : "p" + paragraphs);
            }
            passages.addAll(quoted.in(paragraph));
            visitChildren(paragraph);
        }

        @Override
        public void visit(HtmlBlock html) {
            rawHtml = true;
        }

        @Override
        public void visit(HtmlInline html) {
            rawHtml = true;
        }

        @Override
        public void visit(Heading heading) {
            String letters = NOT_IN_SLUG.matcher(PlainText.of(heading).toLowerCase(Locale.ROOT)).replaceAll("").strip();
            String slug = SPACES.matcher(letters).replaceAll("-");
            anchor(heading, slug.isEmpty() || RESERVED_ID.matcher(slug).matches() ? "section-" + slug : slug);
            visitChildren(heading);
        }

        private void anchor(Node node, String wanted) {
            String id = wanted;
            for (int n = 1; !usedAnchors.add(id); n++) {
                id = wanted + "-" + n;
            }
            anchors.put(node, id);
        }

        @Override
        public void visit(Link link) {
            checkDestination(link, link.getDestination());
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            if (TypedLink.destination(destination).isPresent()) {
                Position at = position(image);
                diagnostics.error(path, at.line(), at.column(), "an image cannot show a typed link",
                        "remove the '!' to make it a link");
                return;
            }
            checkDestination(image, destination);
        }

        private void checkDestination(Node node, String destination) {
            Optional<TypedLink.Destination> typed = TypedLink.destination(destination);
            if (typed.isPresent()) {
                TypedLink.Destination to = typed.get();
                Position at = position(node);
                if (to.id().isEmpty()) {
                    diagnostics.error(path, at.line(), at.column(), "the link '" + destination + "' names no id",
                            "write " + to.kind().prefix() + ":ID");
                    return;
                }
                links.add(new TypedLink(to.kind(), to.id(), to.fragment(), PlainText.of(node), sentences.around(node),
                        at));
                return;
            }
            Matcher scheme = SCHEME.matcher(destination);
            if (scheme.matches() && !WEB_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
                Position at = position(node);
                String nearest = NearestName.didYouMean(scheme.group(1), PREFIXES);
                diagnostics.error(path, at.line(), at.column(), "'" + scheme.group(1) + ":' is not a link kind this site can publish",
                        nearest.isEmpty()
                                ? "links use http:, https:, mailto:, a relative address, or a typed link such as person:ID"
                                : nearest);
            }
        }

        @Override
        public void visit(org.commonmark.node.CustomNode node) {
            if (node instanceof FootnoteReference reference) {
                referencedNotes.add(reference.getLabel());
            }
            visitChildren(node);
        }

        @Override
        public void visit(org.commonmark.node.CustomBlock block) {
            if (block instanceof FootnoteDefinition definition) {
                definedNotes.putIfAbsent(definition.getLabel(), position(definition));
            }
            visitChildren(block);
        }

        @Override
        public void visit(Text text) {
            if (!text.getLiteral().contains("[^")) {
                return; // most text holds no note marker; the pattern would look at every character
            }
            Matcher matcher = UNDEFINED_NOTE.matcher(text.getLiteral());
            while (matcher.find()) {
                Position at = position(text);
                // The text node may start before the marker; point at the marker itself.
                int column = at.column() + matcher.start();
                diagnostics.error(path, at.line(), column, "the note [^" + matcher.group(1) + "] is never defined",
                        "add a line '[^" + matcher.group(1) + "]: your note' at the end of the file");
            }
        }

        @Override
        public void visit(Code code) {
            // Code spans are literal: a [^1] inside backticks is not a note.
        }

        void reportNotes() {
            definedNotes.entrySet().stream()
                    .filter(entry -> !referencedNotes.contains(entry.getKey()))
                    .forEach(entry -> diagnostics.warning(path, entry.getValue().line(), entry.getValue().column(),
                            "the note [^" + entry.getKey() + "] is defined but never used",
                            "add [^" + entry.getKey() + "] where the note belongs, or remove it"));
        }
    }
}
