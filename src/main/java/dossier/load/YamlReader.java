package dossier.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dossier.diagnostic.Diagnostics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one YAML document into a {@link YamlMap}, refusing what would make content mean
 * something other than it says: aliases (Jackson would silently turn {@code *a} into the text
 * "a"), anchors where Jackson reports them (on mappings and lists; an anchor on a scalar is
 * invisible to its streaming API, but without an alias it changes nothing), merge keys,
 * explicit tags, duplicate keys, more than one document, and nesting or sizes beyond fixed
 * limits. Built once per run; safe to use from several threads.
 */
final class YamlReader {
    static final int MAX_DEPTH = 20;
    static final int MAX_CODE_POINTS = 1 << 20;

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(0);
        loader.setAllowDuplicateKeys(true); // reported by us, with the key's position
        loader.setCodePointLimit(MAX_CODE_POINTS);
        loader.setNestingDepthLimit(MAX_DEPTH + 5);
        factory = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 5)
                        .maxStringLength(MAX_CODE_POINTS)
                        .build())
                .build();
    }

    /**
     * @param text      the YAML text
     * @param firstLine the file line on which {@code text} starts, so positions are the file's
     * @return the mapping, or empty if the text is not a readable mapping (already reported)
     */
    Optional<YamlMap> read(String path, String text, int firstLine, Diagnostics diagnostics) {
        if (text.isBlank()) {
            return Optional.of(YamlMap.empty(firstLine, 1));
        }
        Problems problems = new Problems(path, firstLine - 1, diagnostics);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.report(parser.currentTokenLocation(),
                        "the metadata must be a mapping of 'field: value' lines", "start each line with a field name and a colon");
                return Optional.empty();
            }
            YamlValue root = readValue((YAMLParser) parser, problems, 1);
            JsonToken after = parser.nextToken();
            if (after != null) {
                problems.report(parser.currentTokenLocation(), "more than one YAML document in one file",
                        "remove the '---' line inside the metadata");
            }
            return problems.count == 0 && root instanceof YamlMap map ? Optional.of(map) : Optional.empty();
        } catch (TooDeep e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            problems.report(e.getLocation(), "invalid YAML: " + problem(e.getOriginalMessage()), yamlHint(e));
            return Optional.empty();
        } catch (IOException e) {
            problems.report(null, "cannot read YAML: " + e.getMessage(), "");
            return Optional.empty();
        }
    }

    private YamlValue readValue(YAMLParser parser, Problems problems, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = problems.line(at);
        int column = problems.column(at);
        // Each of these is reported at its first use only: a file built of thousands of aliases
        // (an "alias bomb") must not bury the editor in as many lines.
        if (parser.isCurrentAlias()) {
            problems.reportOnce("alias", at, "YAML aliases ('*" + parser.getText() + "') are not allowed",
                    "write the value out in full");
        }
        if (parser.getObjectId() != null) {
            problems.reportOnce("anchor", at, "YAML anchors ('&" + parser.getObjectId() + "') are not allowed",
                    "remove the anchor and write each value out in full");
        }
        if (parser.getTypeId() != null) {
            problems.reportOnce("tag", at, "YAML tags ('" + parser.getTypeId() + "') are not allowed",
                    "remove the tag; quote the value if it should be text");
        }
        if (depth > MAX_DEPTH) {
            problems.report(at, "metadata nested more than " + MAX_DEPTH + " levels deep", "flatten the structure");
            throw new TooDeep();
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = parser.currentTokenLocation();
                String key = parser.currentName();
                if (key.equals("<<")) {
                    problems.report(keyAt, "YAML merge keys ('<<') are not allowed", "write the fields out in full");
                }
                parser.nextToken();
                YamlValue value = readValue(parser, problems, depth + 1);
                YamlMap.Entry previous = entries.get(key);
                if (previous != null) {
                    problems.report(keyAt, "duplicate field '" + key + "'",
                            "it is already set on line " + previous.line() + "; keep one");
                    continue;
                }
                entries.put(key, new YamlMap.Entry(key, problems.line(keyAt), problems.column(keyAt), value));
            }
            return new YamlMap(entries, line, column);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlValue> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser, problems, depth + 1));
            }
            return new YamlList(items, line, column);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlScalar("", true, line, column);
        }
        return new YamlScalar(parser.getText(), false, line, column);
    }

    /**
     * SnakeYAML's message names the problem and, before it, what it was parsing, each followed
     * by an indented excerpt; the position is printed separately, so only the words are kept.
     */
    static String problem(String message) {
        java.util.List<String> words = (message == null ? "unreadable" : message).lines()
                .filter(line -> !line.isBlank() && !line.startsWith(" "))
                .toList();
        if (words.isEmpty()) {
            return "unreadable";
        }
        String last = words.get(words.size() - 1).strip();
        return words.size() == 1 ? last : last + ", " + words.get(0).strip();
    }

    private static String yamlHint(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("mapping values are not allowed")) {
            return "a value that contains ': ' must be quoted";
        }
        if (message.contains("found character '\\t'") || message.contains("\\t(TAB)")) {
            return "indent with spaces, not tabs";
        }
        if (message.contains("exceeds the limit") || message.contains("code points")) {
            return "metadata is limited to " + MAX_CODE_POINTS + " characters";
        }
        return "check the indentation and quoting near this line";
    }

    /** Stops reading a document at the nesting limit; reading on would only meet the parser's own limit. */
    private static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** Collects the problems of one document and converts parser positions to file positions. */
    private static final class Problems {
        private final String path;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private int count;
        private final java.util.Set<String> reported = new java.util.HashSet<>();

        Problems(String path, int lineOffset, Diagnostics diagnostics) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        int line(JsonLocation at) {
            return at == null || at.getLineNr() < 1 ? lineOffset + 1 : at.getLineNr() + lineOffset;
        }

        int column(JsonLocation at) {
            return at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        }

        void report(JsonLocation at, String message, String hint) {
            count++;
            diagnostics.error(path, line(at), column(at), message, hint);
        }

        void reportOnce(String kind, JsonLocation at, String message, String hint) {
            if (reported.add(kind)) {
                report(at, message, hint);
            } else {
                count++;
            }
        }
    }
}
