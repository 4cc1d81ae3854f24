package dossier.model;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.load.SourceFile;
import dossier.load.YamlMap;
import dossier.load.YamlValue;
import dossier.parallel.EveryCore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The model stage: turns the loaded files into typed records, checking every field's presence,
 * type and form. References are only checked for form here; whether they name something is the
 * graph stage's question, which needs the whole model.
 */
public final class ModelBuilder {
    public static final String SETTINGS_PATH = "content/dossier.yaml";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern WIKIDATA = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern GRADE = Pattern.compile("[A-F]");
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final List<String> TRANSLATIONS = List.of("none", "human", "machine");
    private static final List<Kind> VIA_KINDS = List.of(Kind.OUTLET, Kind.ARTICLE);
    /** The fields whose values an editor may mark as inferred. */
    private static final List<String> ARTICLE_FIELDS = List.of("title", "outlet", "published", "author", "url",
            "archive_url", "accessed", "language", "translation", "translated_from", "via", "topics", "summary");

    private final boolean includeDrafts;
    private final Memory memory;

    /**
     * What one build made of each file, for serve's next: a file the loader hands over again as
     * the same object is unchanged, and so is its entity. Only the last build's is kept.
     */
    public static final class Memory {
        private Map<SourceFile, Modelled> last = new IdentityHashMap<>();
        // Every diagnostic the last model was made with; null before the first.
        private List<Diagnostic> diagnostics;
    }

    /** An entity as made from its file, whether it is a draft, and what was wrong with it. */
    private record Modelled(Entity entity, boolean draft, List<Diagnostic> diagnostics) {
    }

    /** @param includeDrafts whether entities marked {@code draft: true} are published */
    public ModelBuilder(boolean includeDrafts) {
        this(includeDrafts, null);
    }

    /** A builder that makes again only the entities of files not in {@code memory}, and keeps this build's there. */
    public ModelBuilder(boolean includeDrafts, Memory memory) {
        this.includeDrafts = includeDrafts;
        this.memory = memory;
    }

    public ContentModel build(List<SourceFile> files, Diagnostics out) {
        // Its own, so that serve's next model can be patched with them.
        Diagnostics diagnostics = new Diagnostics();
        Map<Kind, SortedMap<String, Entity>> entities = new EnumMap<>(Kind.class);
        Set<String> unreadable = new HashSet<>();
        Set<String> drafts = new HashSet<>();
        Optional<DossierSettings> settings = Optional.empty();
        Map<SourceFile, Modelled> last = memory == null ? Map.of() : memory.last;
        Map<SourceFile, Modelled> made = new IdentityHashMap<>(files.size()); // sized once: serve makes it after every edit
        // Each file's entity made on its own, on every core (null for a file that makes none);
        // gathered below in the files' order, as one thread would.
        List<Modelled> modelledAll = EveryCore.map(files, file -> {
            Optional<Kind> kind = file.collection().isEmpty() ? Optional.empty() : Kind.byFolder(file.collection());
            if (kind.isEmpty() || !file.readable()) {
                return null;
            }
            Modelled modelled = last.get(file);
            return modelled != null ? modelled : modelled(kind.get(), file);
        });
        for (int i = 0; i < files.size(); i++) {
            SourceFile file = files.get(i);
            if (file.collection().isEmpty()) {
                if (file.path().equals(SETTINGS_PATH)) {
                    settings = file.readable() ? Optional.of(settings(file, diagnostics)) : Optional.of(fallbackSettings());
                } else {
                    diagnostics.error(file.path(), 1, 1, "unexpected file directly in content/",
                            "only dossier.yaml lives there; entities go in a collection folder such as content/pages/");
                }
                continue;
            }
            Optional<Kind> kind = Kind.byFolder(file.collection());
            if (kind.isEmpty()) {
                diagnostics.error(file.path(), 1, 1, "unknown collection folder '" + file.collection() + "'",
                        folderHint(file.collection()));
                continue;
            }
            if (!file.readable()) {
                unreadable.add(ContentModel.key(kind.get(), file.id()));
                continue;
            }
            Modelled modelled = modelledAll.get(i);
            made.put(file, modelled);
            modelled.diagnostics().forEach(diagnostics::add);
            if (modelled.draft() && !includeDrafts) {
                drafts.add(ContentModel.key(kind.get(), file.id()));
                continue;
            }
            entities.computeIfAbsent(kind.get(), k -> new TreeMap<>()).put(modelled.entity().id(), modelled.entity());
        }
        if (settings.isEmpty()) {
            diagnostics.error(SETTINGS_PATH, 1, 1, "the dossier has no settings file",
                    "create content/dossier.yaml with at least 'title:'");
        }
        List<Diagnostic> found = diagnostics.sorted();
        found.forEach(out::add);
        if (memory != null) {
            memory.last = made;
            memory.diagnostics = found;
        }
        return new ContentModel(settings.orElseGet(ModelBuilder::fallbackSettings), entities, unreadable, drafts);
    }

    /**
     * serve's model after an edit to one file's metadata: {@code last}, the model this builder's
     * memory last made (or that model under other settings), with the entity of {@code before}
     * made again from {@code now}, its new text at the same path. What a whole build gives, for
     * a tenth of the time at 10,000 articles: the other 13,000 files are not looked at. Empty
     * when the file made no published entity last time or makes none now (a draft, say): then
     * the whole model must be built.
     *
     * @param diagnostics gets every diagnostic of the model, as {@link #build} gives them
     */
    public Optional<ContentModel> patched(ContentModel last, SourceFile before, SourceFile now, Diagnostics diagnostics) {
        Modelled was = memory == null || memory.diagnostics == null ? null : memory.last.get(before);
        Optional<Kind> kind = Kind.byFolder(now.collection());
        if (was == null || kind.isEmpty() || !now.readable() || !now.path().equals(before.path())
                || !now.collection().equals(before.collection()) || (was.draft() && !includeDrafts)
                || last.find(kind.get(), was.entity().id()).orElse(null) != was.entity()) {
            return Optional.empty();
        }
        Modelled made = modelled(kind.get(), now);
        Entity entity = made.entity();
        if ((made.draft() && !includeDrafts) || entity.kind() != kind.get() || !entity.id().equals(was.entity().id())) {
            return Optional.empty();
        }
        List<Diagnostic> all = new ArrayList<>(memory.diagnostics);
        was.diagnostics().forEach(all::remove); // one of each, as the file gave them
        all.addAll(made.diagnostics());
        Diagnostics sorted = new Diagnostics();
        all.forEach(sorted::add);
        memory.diagnostics = sorted.sorted();
        memory.diagnostics.forEach(diagnostics::add);
        memory.last.remove(before);
        memory.last.put(now, made);
        return Optional.of(last.withEntity(entity));
    }

    /** The entity a file of this kind makes, whether it is a draft, and what was wrong with it. */
    private Modelled modelled(Kind kind, SourceFile file) {
        Diagnostics found = new Diagnostics();
        Entity entity = entity(kind, file, found);
        return new Modelled(entity, isDraft(file, found), found.sorted());
    }

    /** {@code draft: true} keeps an entity out of the site unless the build asks for drafts. */
    private static boolean isDraft(SourceFile file, Diagnostics diagnostics) {
        return file.metadata().entry("draft").map(entry -> {
            String text = entry.value() instanceof dossier.load.YamlScalar s ? s.text().strip() : "";
            if (!text.equals("true") && !text.equals("false")) {
                diagnostics.error(file.path(), entry.value().line(), entry.value().column(),
                        "'draft' must be true or false", "write 'draft: true' to keep it out of the published site");
            }
            return text.equals("true");
        }).orElse(false);
    }

    /** Suggests the folder meant, also from a kind's singular or a naive plural ("persons"). */
    private static String folderHint(String folder) {
        Map<String, String> spellings = new TreeMap<>();
        for (Kind kind : Kind.values()) {
            spellings.put(kind.folder(), kind.folder());
            spellings.put(kind.prefix(), kind.folder());
            spellings.put(kind.prefix() + "s", kind.folder());
        }
        String all = "collections are " + String.join(", ", Arrays.stream(Kind.values()).map(Kind::folder).toList());
        return dossier.diagnostic.NearestName.among(folder, spellings.keySet())
                .map(name -> "did you mean '" + spellings.get(name) + "'? " + all)
                .orElse(all);
    }

    private static DossierSettings fallbackSettings() {
        return new DossierSettings(SETTINGS_PATH, "Dossier", "", "en", "", "", "main", "", List.of(), "");
    }

    private DossierSettings settings(SourceFile file, Diagnostics diagnostics) {
        Fields f = new Fields(file, file.metadata(), "the dossier settings", diagnostics);
        String title = f.requiredText("title");
        String description = f.text("description");
        String language = f.language("language");
        String baseUrl = f.url("base_url");
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        String repository = f.url("repository");
        String branch = f.text("branch");
        String license = f.text("license");
        List<String> editors = f.texts("editors");
        String cname = f.text("cname");
        if (!cname.isEmpty() && !HOST.matcher(cname).matches()) {
            YamlValue at = file.metadata().entry("cname").orElseThrow().value();
            f.diagnostics().error(f.path(), at.line(), at.column(), "'" + cname + "' is not a domain name",
                    "write the bare domain, such as dossier.example.org, without https:// or a path");
            cname = "";
        }
        f.rejectUnknown();
        return new DossierSettings(file.path(), title, description, language.isEmpty() ? "en" : language,
                baseUrl, repository, branch.isEmpty() ? "main" : branch, license, editors, cname);
    }

    private Entity entity(Kind kind, SourceFile file, Diagnostics diagnostics) {
        return switch (kind) {
            case ARTICLE -> article(Fields.ofEntity(file, "an article", diagnostics), file);
            case OUTLET -> outlet(Fields.ofEntity(file, "an outlet", diagnostics), file);
            case PERSON -> person(Fields.ofEntity(file, "a person", diagnostics), file);
            case QUOTE -> quote(Fields.ofEntity(file, "a quote", diagnostics), file);
            case EVENT -> event(Fields.ofEntity(file, "an event", diagnostics), file);
            case TOPIC -> topic(Fields.ofEntity(file, "a topic", diagnostics), file);
            case PAGE -> page(Fields.ofEntity(file, "a page", diagnostics), file);
        };
    }

    private Article article(Fields f, SourceFile file) {
        String title = f.requiredText("title");
        Reference outlet = f.requiredReference("outlet", Kind.OUTLET)
                .orElse(Reference.to("outlet", Kind.OUTLET, "", f.position(file.metadata())));
        Optional<DateValue> published = f.date("published");
        if (published.isEmpty() && !f.has("published")) {
            f.missing("published");
        }
        List<String> authors = f.texts("author");
        String url = f.url("url");
        String archiveUrl = f.url("archive_url");
        Optional<DateValue> accessed = f.date("accessed");
        String language = f.language("language");
        Translation translation = translation(f);
        List<Reference> via = f.references("via", VIA_KINDS);
        List<Reference> topics = f.references("topics", List.of(Kind.TOPIC));
        String summary = f.text("summary");
        List<String> inferred = inferredFields(f);
        String sha = f.text("content_sha256");
        if (!sha.isEmpty() && !SHA256.matcher(sha).matches()) {
            YamlValue at = file.metadata().entry("content_sha256").orElseThrow().value();
            f.diagnostics().error(f.path(), at.line(), at.column(), "content_sha256 must be 64 lower-case hex digits",
                    "compute it with 'sha256sum' on the captured text");
        }
        f.rejectUnknown();
        DateValue date = published.orElse(new DateValue("", java.time.LocalDate.EPOCH, Optional.empty(), Optional.empty()));
        return new Article(file.id(), file.path(), title, outlet, date, authors, url, archiveUrl, accessed,
                language.isEmpty() ? "en" : language, translation, via, topics, summary, inferred, sha);
    }

    /** The names in {@code inferred} must be fields of an article, or the note would mislead. */
    private static List<String> inferredFields(Fields f) {
        List<String> names = new ArrayList<>();
        for (YamlValue item : f.items("inferred")) {
            String name = item instanceof dossier.load.YamlScalar s ? s.text().strip() : "";
            if (ARTICLE_FIELDS.contains(name)) {
                names.add(name);
            } else {
                String nearest = dossier.diagnostic.NearestName.didYouMean(name, ARTICLE_FIELDS);
                f.diagnostics().error(f.path(), item.line(), item.column(),
                        "'" + name + "' in 'inferred' is not an article field",
                        nearest.isEmpty() ? "list the names of fields whose values you inferred" : nearest);
            }
        }
        return names;
    }

    private static Translation translation(Fields f) {
        Optional<String> method = f.choice("translation", TRANSLATIONS);
        String from = f.language("translated_from");
        Translation.Method parsed = method.map(m -> Translation.Method.valueOf(m.toUpperCase(java.util.Locale.ROOT)))
                .orElse(Translation.Method.NONE);
        if (parsed == Translation.Method.NONE && !from.isEmpty()) {
            f.diagnostics().error(f.path(), 1, 1, "'translated_from' is set but 'translation' is not human or machine",
                    "add 'translation: human' or 'translation: machine'");
        }
        return new Translation(parsed, from);
    }

    private Outlet outlet(Fields f, SourceFile file) {
        String name = f.requiredText("name");
        String url = f.url("url");
        String country = country(f);
        String language = f.language("language");
        Optional<OutletKind> kind = f.choice("kind", Arrays.stream(OutletKind.values()).map(OutletKind::slug).toList())
                .flatMap(OutletKind::bySlug);
        String owner = f.text("owner");
        Optional<Reference> parent = f.reference("parent", Kind.OUTLET);
        Optional<Reliability> reliability = f.mapping("reliability").map(map -> reliability(f, file, map));
        f.rejectUnknown();
        return new Outlet(file.id(), file.path(), name, url, country, language, kind, owner, parent, reliability);
    }

    private static Reliability reliability(Fields outer, SourceFile file, YamlMap map) {
        Fields f = new Fields(file, map, "a reliability grade", outer.diagnostics());
        String grade = f.requiredText("grade");
        if (!grade.isEmpty() && !GRADE.matcher(grade).matches()) {
            YamlValue at = map.entry("grade").orElseThrow().value();
            f.diagnostics().error(f.path(), at.line(), at.column(), "'" + grade + "' is not a grade from A to F",
                    "use the Admiralty scale: A (reliable) to E (unreliable), F (cannot be judged)");
        }
        String rationale = f.requiredText("rationale");
        f.rejectUnknown();
        return new Reliability(grade, rationale);
    }

    private static String country(Fields f) {
        String country = f.text("country");
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            YamlValue at = f.items("country").get(0);
            f.diagnostics().error(f.path(), at.line(), at.column(), "'" + country + "' is not a country code",
                    "use the two-letter ISO 3166 code, such as RU, UA, US or IR");
            return "";
        }
        return country;
    }

    private Person person(Fields f, SourceFile file) {
        String name = f.requiredText("name");
        List<String> aliases = f.texts("aliases");
        List<Role> roles = new ArrayList<>();
        for (YamlValue item : f.items("roles")) {
            if (item instanceof YamlMap map) {
                Fields r = new Fields(file, map, "a role", f.diagnostics());
                roles.add(new Role(r.requiredText("title"), r.text("organisation"), r.date("from"), r.date("to")));
                r.rejectUnknown();
            } else {
                f.diagnostics().error(f.path(), item.line(), item.column(),
                        "each role must be a mapping with title, organisation, from and to",
                        "write '- title: Press secretary' and indent the other fields under it");
            }
        }
        String country = country(f);
        String wikidata = f.text("wikidata");
        if (!wikidata.isEmpty() && !WIKIDATA.matcher(wikidata).matches()) {
            YamlValue at = f.items("wikidata").get(0);
            f.diagnostics().error(f.path(), at.line(), at.column(), "'" + wikidata + "' is not a Wikidata id",
                    "Wikidata ids look like Q42");
        }
        f.rejectUnknown();
        return new Person(file.id(), file.path(), name, aliases, roles, country, wikidata);
    }

    private Quote quote(Fields f, SourceFile file) {
        Optional<Reference> speaker = f.reference("speaker", Kind.PERSON);
        Optional<Reference> document = f.reference("document", Kind.EVENT);
        if (!f.has("speaker") && !f.has("document")) {
            f.diagnostics().error(f.path(), file.metadata().line(), file.metadata().column(),
                    "a quote needs a 'speaker' (a person id), or a 'document' (the id of the event that published it)",
                    "add 'speaker: dmitry-peskov'");
        }
        Optional<DateValue> said = f.date("said");
        String occasion = f.text("occasion");
        String medium = f.text("medium");
        String language = f.language("language");
        String original = f.text("original");
        String text = f.requiredText("text");
        String sourceUrl = f.url("source_url");
        List<Reference> topics = f.references("topics", List.of(Kind.TOPIC));
        f.rejectUnknown();
        return new Quote(file.id(), file.path(), speaker, document, said, occasion, medium, language, original, text,
                sourceUrl, topics);
    }

    private Event event(Fields f, SourceFile file) {
        String title = f.requiredText("title");
        Optional<DateValue> date = f.date("date");
        Optional<DateValue> start = f.date("start");
        Optional<DateValue> end = f.date("end");
        if (date.isEmpty() && start.isEmpty() && !f.has("date") && !f.has("start")) {
            f.diagnostics().error(f.path(), file.metadata().line(), file.metadata().column(),
                    "an event needs a 'date', or a 'start' and an 'end'", "add 'date: 2022-02-24'");
        }
        if (date.isPresent() && (start.isPresent() || end.isPresent())) {
            f.diagnostics().error(f.path(), file.metadata().line(), file.metadata().column(),
                    "an event has either a 'date' or a 'start' and an 'end', not both", "keep one of them");
        }
        if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
            YamlValue at = file.metadata().entry("end").orElseThrow().value();
            f.diagnostics().error(f.path(), at.line(), at.column(), "the event ends before it starts",
                    "check 'start' and 'end'");
        }
        String place = f.text("place");
        List<Reference> topics = f.references("topics", List.of(Kind.TOPIC));
        List<String> sources = new ArrayList<>();
        for (YamlValue item : f.items("sources")) {
            String url = item instanceof dossier.load.YamlScalar s ? s.text().strip() : "";
            String checked = f.checkUrl("source", url, item);
            if (!checked.isEmpty()) {
                sources.add(checked);
            }
        }
        f.rejectUnknown();
        if (date.isEmpty() && start.isEmpty()) {
            date = Optional.of(new DateValue("", java.time.LocalDate.EPOCH, Optional.empty(), Optional.empty()));
        }
        return new Event(file.id(), file.path(), title, date, start, end, place, topics, sources);
    }

    private Topic topic(Fields f, SourceFile file) {
        String title = f.requiredText("title");
        f.rejectUnknown();
        return new Topic(file.id(), file.path(), title);
    }

    private Page page(Fields f, SourceFile file) {
        String title = f.requiredText("title");
        f.rejectUnknown();
        return new Page(file.id(), file.path(), title);
    }
}
