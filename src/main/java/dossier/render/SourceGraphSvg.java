package dossier.render;

import dossier.graph.SourceChain;
import dossier.model.Entity;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.Outlet;
import dossier.render.view.BodyHtml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Draws the source chains of the whole dossier as one static SVG: outlets that publish on the
 * left, the outlets they rely on to their right, and the people whose words they carry at the
 * far right. Columns are the longest chain leading to a node, rows follow the names, so the
 * drawing is the same for the same dossier. Every node links to its page; no script is needed.
 *
 * <p>The drawing comes with its links and ids, as a body does, so the page is written without
 * the template engine parsing it again: at 10,000 articles it is 600 KB of markup.
 */
final class SourceGraphSvg {
    private static final int NODE_WIDTH = 200;
    private static final int NODE_HEIGHT = 40;
    private static final int COLUMN_GAP = 70;
    private static final int ROW_GAP = 16;
    private static final int MARGIN = 10;
    private static final int MAX_LABEL = 26;
    private static final String TITLE_ID = "source-graph-title";
    private static final String ARROW_ID = "arrow";

    private SourceGraphSvg() {
    }

    static BodyHtml draw(GraphReader graph, String fromDir) {
        Map<EntityKey, Set<EntityKey>> edges = new TreeMap<>();
        Set<EntityKey> speakers = new TreeSet<>();
        for (SourceChain chain : graph.chains().values()) {
            for (List<EntityKey> path : chain.paths()) {
                List<EntityKey> outlets = path.stream().filter(key -> key.kind() == Kind.OUTLET).toList();
                for (int i = 0; i + 1 < outlets.size(); i++) {
                    if (!outlets.get(i).equals(outlets.get(i + 1))) {
                        edges.computeIfAbsent(outlets.get(i), k -> new TreeSet<>()).add(outlets.get(i + 1));
                    }
                }
                if (!outlets.isEmpty()) {
                    EntityKey last = outlets.get(outlets.size() - 1);
                    edges.computeIfAbsent(last, k -> new TreeSet<>());
                    for (EntityKey speaker : chain.speakers()) {
                        edges.get(last).add(speaker);
                        speakers.add(speaker);
                    }
                }
            }
        }
        Map<EntityKey, Integer> column = columns(edges, speakers);
        int lastColumn = column.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Integer, List<EntityKey>> byColumn = new TreeMap<>();
        column.forEach((key, col) -> byColumn.computeIfAbsent(col, c -> new ArrayList<>()).add(key));
        Map<EntityKey, int[]> at = new HashMap<>();
        int rows = 0;
        for (var entry : byColumn.entrySet()) {
            List<EntityKey> keys = entry.getValue();
            keys.sort((a, b) -> label(graph, a).compareToIgnoreCase(label(graph, b)));
            for (int row = 0; row < keys.size(); row++) {
                at.put(keys.get(row), new int[] {MARGIN + entry.getKey() * (NODE_WIDTH + COLUMN_GAP),
                        MARGIN + row * (NODE_HEIGHT + ROW_GAP)});
            }
            rows = Math.max(rows, keys.size());
        }
        int width = 2 * MARGIN + (lastColumn + 1) * NODE_WIDTH + lastColumn * COLUMN_GAP;
        int height = 2 * MARGIN + Math.max(rows, 1) * (NODE_HEIGHT + ROW_GAP) - ROW_GAP;
        StringBuilder svg = new StringBuilder();
        List<String> links = new ArrayList<>();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"source-graph\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(TITLE_ID).append("\">\n")
                .append("<title id=\"").append(TITLE_ID).append("\">Who relies on whom: outlets that publish, the outlets they rely on, and the people they quote</title>\n")
                .append("<defs><marker id=\"").append(ARROW_ID).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"arrow-head\"/></marker></defs>\n");
        for (var entry : edges.entrySet()) {
            int[] from = at.get(entry.getKey());
            for (EntityKey target : entry.getValue()) {
                int[] to = at.get(target);
                int x1 = from[0] + NODE_WIDTH;
                int y1 = from[1] + NODE_HEIGHT / 2;
                int x2 = to[0];
                int y2 = to[1] + NODE_HEIGHT / 2;
                int bend = Math.max((x2 - x1) / 2, 20);
                svg.append("<path class=\"edge\" d=\"M ").append(x1).append(' ').append(y1)
                        .append(" C ").append(x1 + bend).append(' ').append(y1).append(", ")
                        .append(x2 - bend).append(' ').append(y2).append(", ").append(x2).append(' ').append(y2)
                        .append("\" marker-end=\"url(#").append(ARROW_ID).append(")\"/>\n");
            }
        }
        for (var entry : byColumn.entrySet()) {
            for (EntityKey key : entry.getValue()) {
                int[] p = at.get(key);
                String label = label(graph, key);
                String shown = label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
                String href = SitePaths.relative(fromDir, SitePaths.of(key));
                links.add(href);
                svg.append("<a href=\"").append(XmlText.escape(href)).append("\">")
                        .append("<title>").append(XmlText.escape(label)).append("</title>")
                        .append("<rect class=\"node ").append(nodeClass(graph, key)).append("\" x=\"").append(p[0])
                        .append("\" y=\"").append(p[1]).append("\" width=\"").append(NODE_WIDTH).append("\" height=\"")
                        .append(NODE_HEIGHT).append("\" rx=\"").append(key.kind() == Kind.OUTLET ? 4 : 20).append("\"/>")
                        .append("<text x=\"").append(p[0] + NODE_WIDTH / 2).append("\" y=\"").append(p[1] + NODE_HEIGHT / 2 + 5)
                        .append("\" text-anchor=\"middle\">").append(XmlText.escape(shown)).append("</text></a>\n");
            }
        }
        return new BodyHtml(svg.append("</svg>\n").toString(), links, List.of(TITLE_ID, ARROW_ID));
    }

    /** A node's column: one past the deepest node pointing at it; speakers all in the last column. */
    private static Map<EntityKey, Integer> columns(Map<EntityKey, Set<EntityKey>> edges, Set<EntityKey> speakers) {
        Map<EntityKey, Integer> column = new TreeMap<>();
        for (EntityKey node : edges.keySet()) {
            column.put(node, 0);
        }
        // Longest-path layering; at most one pass per node, so a cycle cannot loop for ever.
        for (int pass = 0; pass < edges.size(); pass++) {
            boolean changed = false;
            for (var entry : edges.entrySet()) {
                for (EntityKey target : entry.getValue()) {
                    if (speakers.contains(target)) {
                        continue;
                    }
                    int wanted = column.get(entry.getKey()) + 1;
                    if (column.getOrDefault(target, 0) < wanted && wanted < edges.size()) {
                        column.put(target, wanted);
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (EntityKey speaker : speakers) {
            column.put(speaker, last);
        }
        return column;
    }

    private static String label(GraphReader graph, EntityKey key) {
        return graph.entity(key).map(Entity::title).orElse(key.id());
    }

    private static String nodeClass(GraphReader graph, EntityKey key) {
        if (key.kind() != Kind.OUTLET) {
            return "node-" + key.kind().prefix();
        }
        return graph.entity(key).map(Outlet.class::cast).flatMap(Outlet::outletKind)
                .map(kind -> "node-outlet kind-" + kind.slug()).orElse("node-outlet")
                .toLowerCase(Locale.ROOT);
    }
}
