package dossier.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a valid synthetic dossier of N articles with realistic proportions, and the equivalent
 * plain Hugo site, so that both tools can be timed on comparable work. Deterministic for a given
 * N and seed.
 *
 * <p>Per article: about 800 words under headings, with a list, a table, footnotes and 5 to 15
 * typed links. Per dossier: N/50 outlets, N/25 people, N/5 quotes each rendered in 1 to 4
 * articles, N/20 events and 30 topics. The Hugo site has the same Markdown bodies with typed
 * links turned into ordinary links, one page per article and entity, and topics as a taxonomy.
 *
 * <pre>java -cp … dossier.bench.SyntheticDossier N SEED DOSSIER_DIR HUGO_DIR</pre>
 */
public final class SyntheticDossier {
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "te", "su", "lan", "vor", "ne", "di", "pa", "go",
            "rek", "sta", "li", "mu", "zen", "bor", "tal", "qui", "ex", "ul", "ven", "dra", "pol"};
    private static final int TOPICS = 30;

    private final int articles;
    private final long seed;
    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();
    private final int outlets;
    private final int people;
    private final int quotes;
    private final int events;
    private final List<String> quoteTexts = new ArrayList<>();
    /** For each article, the quotes it renders. */
    private final List<List<Integer>> renderings = new ArrayList<>();

    public SyntheticDossier(int articles, long seed) {
        this.articles = articles;
        this.seed = seed;
        this.random = new Random(seed);
        this.outlets = Math.max(1, articles / 50);
        this.people = Math.max(1, articles / 25);
        this.quotes = Math.max(1, articles / 5);
        this.events = Math.max(1, articles / 20);
        while (vocabulary.size() < 5000) {
            StringBuilder word = new StringBuilder();
            for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(word.toString());
        }
        for (int i = 0; i < articles; i++) {
            renderings.add(new ArrayList<>());
        }
        for (int q = 0; q < quotes; q++) {
            quoteTexts.add(capitalised(words(random, 15 + random.nextInt(20))) + ".");
            for (int r = 0, n = 1 + random.nextInt(4); r < n; r++) {
                renderings.get(random.nextInt(articles)).add(q);
            }
        }
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: SyntheticDossier N SEED DOSSIER_DIR HUGO_DIR");
            System.exit(2);
        }
        SyntheticDossier dossier = new SyntheticDossier(Integer.parseInt(args[0]), Long.parseLong(args[1]));
        dossier.writeDossier(Path.of(args[2]));
        dossier.writeHugo(Path.of(args[3]));
    }

    /** The same text for an entity in both sites: each draws from its own seeded source. */
    private Random rng(String kind, int index) {
        return new Random(seed * 1_000_003L + kind.hashCode() * 7919L + index);
    }

    private String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Roughly Zipf: small indices much more often.
            int index = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(random.nextDouble(), 3) * vocabulary.size()));
            out.append(i == 0 ? "" : " ").append(vocabulary.get(index));
        }
        return out.toString();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String date(int index, int of) {
        return LocalDate.of(2020, 1, 1).plusDays((long) index * 1500 / Math.max(of, 1)).toString();
    }

    /** A body with typed links; {@code linkFormat} turns (kind, id) into a link destination. */
    private String body(int article, java.util.function.BiFunction<String, String, String> link) {
        Random random = rng("body", article);
        StringBuilder body = new StringBuilder();
        int typedLinks = 5 + random.nextInt(11);
        List<String> linkTexts = new ArrayList<>();
        for (int l = 0; l < typedLinks; l++) {
            linkTexts.add(switch (random.nextInt(4)) {
                case 0 -> "[" + capitalised(words(random, 2)) + "](" + link.apply("person", "p-" + random.nextInt(people)) + ")";
                case 1 -> "[" + capitalised(words(random, 1)) + "](" + link.apply("outlet", "o-" + random.nextInt(outlets)) + ")";
                case 2 -> "[" + words(random, 3) + "](" + link.apply("event", "e-" + random.nextInt(events)) + ")";
                default -> "[" + words(random, 1) + "](" + link.apply("topic", "t-" + random.nextInt(TOPICS)) + ")";
            });
        }
        int wordsWritten = 0;
        int paragraph = 0;
        while (wordsWritten < 800) {
            if (paragraph % 3 == 0) {
                body.append("## ").append(capitalised(words(random, 4))).append("\n\n");
            }
            StringBuilder text = new StringBuilder(capitalised(words(random, 60)));
            wordsWritten += 60;
            if (!linkTexts.isEmpty()) {
                text.append(" ").append(linkTexts.remove(linkTexts.size() - 1)).append(" ").append(words(random, 8));
                wordsWritten += 8;
            }
            if (paragraph == 1) {
                text.append(".[^1]");
            } else if (paragraph == 4) {
                text.append(".[^2]");
            } else {
                text.append(".");
            }
            body.append(text).append("\n\n");
            if (paragraph == 2) {
                for (int i = 0; i < 4; i++) {
                    body.append("- ").append(capitalised(words(random, 8))).append("\n");
                }
                body.append("\n| ").append(words(random, 1)).append(" | ").append(words(random, 1)).append(" |\n| --- | --- |\n");
                for (int i = 0; i < 3; i++) {
                    body.append("| ").append(words(random, 2)).append(" | ").append(words(random, 3)).append(" |\n");
                }
                body.append("\n");
                wordsWritten += 50;
            }
            paragraph++;
        }
        for (String rest : linkTexts) {
            body.append(rest).append(" ").append(words(random, 5)).append(".\n\n");
        }
        for (int quote : renderings.get(article)) {
            // In the curly quotation marks of the annotation syntax (DESIGN.md), as editors write
            // them: such a body is not Latin-1, and Java holds its strings at two bytes a character.
            body.append("The speaker said: [“").append(quoteTexts.get(quote)).append("”](")
                    .append(link.apply("quote", "q-" + quote)).append(")\n\n");
        }
        body.append("[^1]: ").append(capitalised(words(random, 20))).append(".\n\n[^2]: ").append(capitalised(words(random, 12))).append(".\n");
        return body.toString();
    }

    public void writeDossier(Path root) {
        Path content = root.resolve("content");
        write(content.resolve("dossier.yaml"), "title: Synthetic dossier\nbase_url: https://example.org/synthetic/\n");
        for (int t = 0; t < TOPICS; t++) {
            Random random = rng("topic", t);
            write(content.resolve("topics/t-" + t + ".md"), "---\ntitle: " + capitalised(words(random, 2)) + "\n---\n\n" + capitalised(words(random, 30)) + ".\n");
        }
        for (int o = 0; o < outlets; o++) {
            Random random = rng("outlet", o);
            write(content.resolve("outlets/o-" + o + ".md"), "---\nname: " + capitalised(words(random, 2)) + "\nkind: "
                    + (o % 3 == 0 ? "state-controlled" : "independent") + "\ncountry: RU\n"
                    + (o > 0 && o % 4 == 0 ? "parent: o-" + (o - 1) + "\n" : "") + "---\n\n" + capitalised(words(random, 60)) + ".\n");
        }
        for (int p = 0; p < people; p++) {
            Random random = rng("person", p);
            write(content.resolve("people/p-" + p + ".md"), "---\nname: " + capitalised(words(random, 2)) + "\naliases: ["
                    + capitalised(words(random, 2)) + "]\nroles:\n  - title: " + capitalised(words(random, 2)) + "\n    from: " + date(p, people)
                    + "\n---\n\n" + capitalised(words(random, 50)) + ".\n");
        }
        for (int e = 0; e < events; e++) {
            Random random = rng("event", e);
            write(content.resolve("events/e-" + e + ".md"), "---\ntitle: " + capitalised(words(random, 4)) + "\ndate: " + date(e, events)
                    + "\ntopics: [t-" + (e % TOPICS) + "]\n---\n\n" + capitalised(words(random, 80)) + ".\n");
        }
        for (int q = 0; q < quotes; q++) {
            write(content.resolve("quotes/q-" + q + ".yaml"), "speaker: p-" + (q % people) + "\nsaid: " + date(q, quotes)
                    + "\ntext: \"" + quoteTexts.get(q) + "\"\n");
        }
        for (int a = 0; a < articles; a++) {
            Random random = rng("article", a);
            StringBuilder front = new StringBuilder("---\ntitle: " + capitalised(words(random, 6)) + "\noutlet: o-" + (a % outlets)
                    + "\npublished: " + date(a, articles) + "\ntopics: [t-" + (a % TOPICS) + "]\n");
            if (a % 3 == 0) {
                front.append("via: [o-").append((a + 1) % outlets).append("]\n");
            }
            write(content.resolve("articles/a-" + a + ".md"), front + "---\n\n" + body(a, (kind, id) -> kind + ":" + id));
        }
    }

    void writeHugo(Path root) {
        write(root.resolve("hugo.toml"), """
                baseURL = "https://example.org/synthetic/"
                title = "Synthetic dossier"
                disableKinds = ["RSS"]
                [taxonomies]
                  topic = "topics"
                [markup.goldmark.renderer]
                  unsafe = false
                """);
        write(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><nav><a href="{{ "/" | relURL }}">Home</a></nav><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(root.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ with .Params.topics }}<p>{{ range . }}<a href="{{ (printf "/topics/%s/" (urlize .)) | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}{{ .Content }}</article>{{ end }}
                """);
        write(root.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
                """);
        Path content = root.resolve("content");
        java.util.function.BiFunction<String, String, String> link = (kind, id) -> "/" + folder(kind) + "/" + id + "/";
        for (int t = 0; t < TOPICS; t++) {
            Random random = rng("topic", t);
            write(content.resolve("topics/t-" + t + "/_index.md"), "---\ntitle: " + capitalised(words(random, 2)) + "\n---\n\n" + capitalised(words(random, 30)) + ".\n");
        }
        for (int o = 0; o < outlets; o++) {
            Random random = rng("outlet", o);
            write(content.resolve("outlets/o-" + o + ".md"), "---\ntitle: " + capitalised(words(random, 2)) + "\n---\n\n" + capitalised(words(random, 60)) + ".\n");
        }
        for (int p = 0; p < people; p++) {
            Random random = rng("person", p);
            write(content.resolve("people/p-" + p + ".md"), "---\ntitle: " + capitalised(words(random, 2)) + "\n---\n\n" + capitalised(words(random, 50)) + ".\n");
        }
        for (int e = 0; e < events; e++) {
            Random random = rng("event", e);
            write(content.resolve("events/e-" + e + ".md"), "---\ntitle: " + capitalised(words(random, 4)) + "\ndate: " + date(e, events)
                    + "\ntopics: [t-" + (e % TOPICS) + "]\n---\n\n" + capitalised(words(random, 80)) + ".\n");
        }
        for (int q = 0; q < quotes; q++) {
            write(content.resolve("quotes/q-" + q + ".md"), "---\ntitle: \"" + quoteTexts.get(q) + "\"\ndate: " + date(q, quotes)
                    + "\n---\n\n" + quoteTexts.get(q) + "\n");
        }
        for (int a = 0; a < articles; a++) {
            Random random = rng("article", a);
            write(content.resolve("articles/a-" + a + ".md"), "---\ntitle: " + capitalised(words(random, 6)) + "\ndate: " + date(a, articles)
                    + "\ntopics: [t-" + (a % TOPICS) + "]\n---\n\n" + body(a, link));
        }
    }

    private static String folder(String kind) {
        return switch (kind) {
            case "person" -> "people";
            default -> kind + "s";
        };
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
