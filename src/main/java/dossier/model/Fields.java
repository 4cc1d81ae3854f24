package dossier.model;

import dossier.diagnostic.Diagnostics;
import dossier.diagnostic.NearestName;
import dossier.load.SourceFile;
import dossier.load.YamlList;
import dossier.load.YamlMap;
import dossier.load.YamlScalar;
import dossier.load.YamlValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the fields of one metadata mapping with their types, and afterwards reports every field
 * that was never asked for: an unknown field is most often a typo, and must not pass silently.
 * Each read reports its own problem and returns an empty value, so reading goes on.
 */
final class Fields {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z|[+-]\\d{2}:?\\d{2})?)?");

    private final String path;
    private final YamlMap map;
    private final Diagnostics diagnostics;
    private final Set<String> known = new LinkedHashSet<>();
    private final String what;

    /** @param what the thing the fields describe, for messages: "an article" */
    Fields(SourceFile file, YamlMap map, String what, Diagnostics diagnostics) {
        this.path = file.path();
        this.map = map;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** The fields of a whole entity file, which may also say {@code draft: true}. */
    static Fields ofEntity(SourceFile file, String what, Diagnostics diagnostics) {
        Fields fields = new Fields(file, file.metadata(), what, diagnostics);
        fields.known.add("draft"); // read by ModelBuilder before the entity's own fields
        return fields;
    }

    Position position(YamlValue value) {
        return new Position(path, value.line(), value.column());
    }

    private Optional<YamlValue> value(String name) {
        known.add(name);
        return map.entry(name).map(YamlMap.Entry::value).filter(v -> !(v instanceof YamlScalar s && s.isNull()));
    }

    boolean has(String name) {
        return value(name).isPresent();
    }

    /** Text; empty when absent. Numbers and other plain values are taken as their text. */
    String text(String name) {
        return value(name).map(v -> scalar(name, v)).orElse("");
    }

    String requiredText(String name) {
        String text = text(name);
        if (text.isBlank()) {
            map.entry(name).ifPresentOrElse(entry -> {
                if (entry.value() instanceof YamlScalar) {
                    diagnostics.error(path, entry.line(), entry.column(), "the field '" + name + "' is empty",
                            "give " + what + " a " + name);
                }
            }, () -> missing(name));
        }
        return text;
    }

    void missing(String name) {
        diagnostics.error(path, map.line(), map.column(), "missing required field '" + name + "'",
                "add a line '" + name + ": …' to the metadata");
    }

    private String scalar(String name, YamlValue value) {
        if (value instanceof YamlScalar scalar) {
            return scalar.text().strip();
        }
        diagnostics.error(path, value.line(), value.column(),
                "the field '" + name + "' must be text, not a " + value.describe(), "write it on one line after the colon");
        return "";
    }

    /** A list of text, also accepting a single value for a list of one. */
    List<String> texts(String name) {
        List<String> out = new ArrayList<>();
        for (YamlValue item : items(name)) {
            String text = scalar(name, item);
            if (!text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }

    List<YamlValue> items(String name) {
        Optional<YamlValue> value = value(name);
        if (value.isEmpty()) {
            return List.of();
        }
        return value.get() instanceof YamlList list ? list.items() : List.of(value.get());
    }

    Optional<YamlMap> mapping(String name) {
        Optional<YamlValue> value = value(name);
        if (value.isPresent() && !(value.get() instanceof YamlMap)) {
            YamlValue v = value.get();
            diagnostics.error(path, v.line(), v.column(), "the field '" + name + "' must be a mapping of fields, not "
                    + v.describe(), "put its fields on the following lines, indented");
            return Optional.empty();
        }
        return value.map(YamlMap.class::cast);
    }

    /** One of a fixed set of words; reports the allowed words otherwise. */
    Optional<String> choice(String name, List<String> allowed) {
        Optional<YamlValue> value = value(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = scalar(name, value.get());
        if (allowed.contains(text)) {
            return Optional.of(text);
        }
        String nearest = NearestName.didYouMean(text, allowed);
        diagnostics.error(path, value.get().line(), value.get().column(),
                "'" + text + "' is not a valid " + name,
                (nearest.isEmpty() ? "" : nearest + " ") + "use one of: " + String.join(", ", allowed));
        return Optional.empty();
    }

    Optional<DateValue> date(String name) {
        return value(name).flatMap(v -> parseDate(name, v));
    }

    Optional<DateValue> parseDate(String name, YamlValue value) {
        String text = scalar(name, value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = DATE_TIME.matcher(text);
        if (!matcher.matches()) {
            diagnostics.error(path, value.line(), value.column(), "'" + text + "' is not an ISO 8601 date",
                    "write dates as 2022-10-30 or 2022-10-30T10:00:00+03:00");
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = DateValue.calendarDay(matcher.group(1));
        } catch (DateTimeException e) {
            diagnostics.error(path, value.line(), value.column(), "'" + text + "' is not a real date",
                    "check the month and day");
            return Optional.empty();
        }
        Optional<LocalTime> time;
        try {
            time = Optional.ofNullable(matcher.group(2)).map(LocalTime::parse);
        } catch (DateTimeException e) {
            diagnostics.error(path, value.line(), value.column(), "'" + text + "' is not a real time of day",
                    "hours go from 00 to 23, minutes and seconds from 00 to 59");
            return Optional.empty();
        }
        Optional<ZoneOffset> offset;
        try {
            offset = Optional.ofNullable(matcher.group(3))
                    .map(o -> ZoneOffset.of(o.length() == 5 && !o.contains(":") ? o.substring(0, 3) + ":" + o.substring(3) : o));
        } catch (DateTimeException e) {
            diagnostics.error(path, value.line(), value.column(), "'" + text + "' has an offset from UTC no place has",
                    "offsets go from -18:00 to +18:00, minutes from 00 to 59, such as +03:00");
            return Optional.empty();
        }
        return Optional.of(new DateValue(text, date, time, offset));
    }

    /** A web address; only http and https are accepted, as anything else could run in a browser. */
    String url(String name) {
        Optional<YamlValue> value = value(name);
        if (value.isEmpty()) {
            return "";
        }
        return checkUrl(name, scalar(name, value.get()), value.get());
    }

    String checkUrl(String name, String text, YamlValue at) {
        if (text.isEmpty() || text.matches("https?://[^\\s<>\"]+")) {
            return text;
        }
        diagnostics.error(path, at.line(), at.column(), "the " + name + " '" + text + "' is not a web address",
                "write a full address starting with https:// or http://");
        return "";
    }

    /** A language tag such as {@code en}, {@code ru} or {@code pt-BR}. */
    String language(String name) {
        Optional<YamlValue> value = value(name);
        if (value.isEmpty()) {
            return "";
        }
        String text = scalar(name, value.get());
        if (LANGUAGE.matcher(text).matches()) {
            return text;
        }
        diagnostics.error(path, value.get().line(), value.get().column(), "'" + text + "' is not a language tag",
                "use a BCP 47 tag such as en, ru, es or pt-BR");
        return "";
    }

    Optional<Reference> reference(String name, Kind kind) {
        return value(name).flatMap(v -> toReference(name, v, List.of(kind)));
    }

    Optional<Reference> requiredReference(String name, Kind kind) {
        Optional<Reference> reference = reference(name, kind);
        if (reference.isEmpty() && !has(name)) {
            missing(name);
        }
        return reference;
    }

    List<Reference> references(String name, List<Kind> kinds) {
        List<Reference> out = new ArrayList<>();
        for (YamlValue item : items(name)) {
            toReference(name, item, kinds).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A bare id, or {@code kind:id} where the field accepts several kinds (a {@code via}
     * entry may name an outlet or an article).
     */
    private Optional<Reference> toReference(String name, YamlValue value, List<Kind> kinds) {
        String text = scalar(name, value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Kind> accepted = kinds;
        String id = text;
        int colon = text.indexOf(':');
        if (colon > 0) {
            Optional<Kind> named = Kind.byPrefix(text.substring(0, colon));
            if (named.isEmpty() || !kinds.contains(named.get())) {
                diagnostics.error(path, value.line(), value.column(),
                        "'" + text + "' cannot be used in '" + name + "'",
                        "'" + name + "' takes the id of " + describe(kinds));
                return Optional.empty();
            }
            accepted = List.of(named.get());
            id = text.substring(colon + 1);
        }
        if (!dossier.load.ContentLoader.ID.matcher(id).matches()) {
            diagnostics.error(path, value.line(), value.column(), "'" + text + "' is not a valid id",
                    "ids use a-z, 0-9 and '-', as in the file name without .md or .yaml");
            return Optional.empty();
        }
        return Optional.of(new Reference(name, accepted, id, position(value)));
    }

    private static String describe(List<Kind> kinds) {
        return String.join(" or ", kinds.stream().map(k -> (k == Kind.ARTICLE || k == Kind.OUTLET || k == Kind.EVENT ? "an " : "a ") + k.prefix()).toList());
    }

    /** Reports every field of the mapping that no read asked for. */
    void rejectUnknown() {
        for (YamlMap.Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                String nearest = NearestName.didYouMean(entry.key(), known);
                diagnostics.error(path, entry.line(), entry.column(), "unknown field '" + entry.key() + "' in " + what,
                        nearest.isEmpty() ? "known fields: " + String.join(", ", known) : nearest);
            }
        }
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    String path() {
        return path;
    }
}
