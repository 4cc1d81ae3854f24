package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of content fault yields its diagnostic at the right path, line and column, the
 * build exits with status 1, and the site of the last good build is left byte for byte.
 */
class BadContentTest {
    @TempDir
    Path folder;

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("a missing required field", """
                        -- content/people/no-name.yaml --
                        country: RU
                        """, "content/people/no-name.yaml:1:1: error: missing required field 'name' (add a line 'name: …' to the metadata)"),
                Arguments.of("an unknown field", """
                        -- content/topics/typo.md --
                        ---
                        title: Typo
                        summry: A typo.
                        ---
                        """, "content/topics/typo.md:3:1: error: unknown field 'summry' in a topic (known fields: draft, title)"),
                Arguments.of("a misspelt field", """
                        -- content/people/misspelt.yaml --
                        name: Misspelt
                        alias: [Other]
                        """, "content/people/misspelt.yaml:2:1: error: unknown field 'alias' in a person (did you mean 'aliases'?)"),
                Arguments.of("a date that does not exist", """
                        -- content/events/bad-date.md --
                        ---
                        title: Bad date
                        date: 2022-02-30
                        ---
                        """, "content/events/bad-date.md:3:7: error: '2022-02-30' is not a real date (check the month and day)"),
                Arguments.of("a time that does not exist", """
                        -- content/events/bad-time.yaml --
                        title: Bad time
                        date: 2022-10-30T24:10
                        """, "content/events/bad-time.yaml:2:7: error: '2022-10-30T24:10' is not a real time of day (hours go from 00 to 23, minutes and seconds from 00 to 59)"),
                Arguments.of("an offset no place has", """
                        -- content/events/bad-offset.yaml --
                        title: Bad offset
                        date: 2022-10-30T10:00:00+25:00
                        """, "content/events/bad-offset.yaml:2:7: error: '2022-10-30T10:00:00+25:00' has an offset from UTC no place has (offsets go from -18:00 to +18:00, minutes from 00 to 59, such as +03:00)"),
                Arguments.of("a date not in ISO 8601", """
                        -- content/events/prose-date.yaml --
                        title: Prose date
                        date: 24 February 2022
                        """, "content/events/prose-date.yaml:2:7: error: '24 February 2022' is not an ISO 8601 date (write dates as 2022-10-30 or 2022-10-30T10:00:00+03:00)"),
                Arguments.of("a file name that is not an id", """
                        -- content/people/Anna_Speaker.yaml --
                        name: Anna
                        """, "content/people/Anna_Speaker.yaml:1:1: error: 'Anna_Speaker' is not a valid id (ids use a-z, 0-9 and '-', start with a letter or digit, and have at most 80 characters; try 'anna-speaker')"),
                Arguments.of("two files with one id", """
                        -- content/people/anna-speaker.yaml --
                        name: Anna again
                        """, "content/people/anna-speaker.yaml:1:1: error: the id 'anna-speaker' is also used by content/people/anna-speaker.md (ids must be unique in a collection; rename one file)"),
                Arguments.of("an unknown id in a metadata field", """
                        -- content/articles/wrong-outlet.md --
                        ---
                        title: Wrong outlet
                        outlet: daily-newz
                        published: 2022-10-30
                        ---
                        """, "content/articles/wrong-outlet.md:3:9: error: unknown outlet 'daily-newz' (did you mean 'daily-news'?)"),
                Arguments.of("a quote with neither speaker nor document", """
                        -- content/quotes/nobody-said.yaml --
                        text: Words.
                        """, "content/quotes/nobody-said.yaml:1:1: error: a quote needs a 'speaker' (a person id), or a 'document' (the id of the event that published it) (add 'speaker: dmitry-peskov')"),
                Arguments.of("an unknown id in a list field", """
                        -- content/quotes/unknown-topic.yaml --
                        speaker: anna-speaker
                        text: Words.
                        topics: [talks, tlaks, peace]
                        """, "content/quotes/unknown-topic.yaml:3:17: error: unknown topic 'tlaks' (did you mean 'talks'?)"),
                Arguments.of("an unknown id in a typed link", """
                        -- content/topics/linked.md --
                        ---
                        title: Linked
                        ---

                        As [Ana](person:ana-speaker) said.
                        """, "content/topics/linked.md:5:4: error: unknown person 'ana-speaker' (did you mean 'anna-speaker'?)"),
                Arguments.of("an id nothing is close to", """
                        -- content/topics/linked.md --
                        ---
                        title: Linked
                        ---

                        See [the talks](event:zzz).
                        """, "content/topics/linked.md:5:5: error: unknown event 'zzz' (create content/events/zzz.md, or check the spelling)"),
                Arguments.of("an undefined footnote", """
                        -- content/topics/noted.md --
                        ---
                        title: Noted
                        ---

                        A claim that needs a note.[^source]
                        """, "content/topics/noted.md:5:27: error: the note [^source] is never defined (add a line '[^source]: your note' at the end of the file)"),
                Arguments.of("an anchor the target does not have", """
                        -- content/topics/anchored.md --
                        ---
                        title: Anchored
                        ---

                        See [the second paragraph](article:daily-ready#p22).
                        """, "content/topics/anchored.md:5:5: error: 'article:daily-ready' has no anchor '#p22' (did you mean 'p2'?)"),
                Arguments.of("a misspelt link kind", """
                        -- content/topics/persn.md --
                        ---
                        title: Persn
                        ---

                        [Anna](persn:anna-speaker)
                        """, "content/topics/persn.md:5:1: error: 'persn:' is not a link kind this site can publish (did you mean 'person'?)"),
                Arguments.of("a javascript: link", """
                        -- content/topics/script.md --
                        ---
                        title: Script
                        ---

                        Click [here](javascript:alert(1)).
                        """, "content/topics/script.md:5:7: error: 'javascript:' is not a link kind this site can publish (links use http:, https:, mailto:, a relative address, or a typed link such as person:ID)"),
                Arguments.of("a web address that is not http", """
                        -- content/outlets/bad-url.yaml --
                        name: Bad URL
                        url: javascript:alert(1)
                        """, "content/outlets/bad-url.yaml:2:6: error: the url 'javascript:alert(1)' is not a web address (write a full address starting with https:// or http://)"),
                Arguments.of("a value outside a fixed list", """
                        -- content/outlets/bad-kind.yaml --
                        name: Bad kind
                        kind: state-controled
                        """, "content/outlets/bad-kind.yaml:2:7: error: 'state-controled' is not a valid kind (did you mean 'state-controlled'? use one of: independent, public, state-controlled, state-affiliated, wire, aggregator, content-farm)"),
                Arguments.of("invalid YAML", """
                        -- content/people/broken.yaml --
                        name: Broken
                        roles: [unclosed
                        """, "content/people/broken.yaml:2:17: error: invalid YAML: expected ',' or ']', but got <stream end>, while parsing a flow sequence (check the indentation and quoting near this line)"),
                Arguments.of("a YAML alias", """
                        -- content/people/alias.yaml --
                        name: &n Alias
                        aliases: [*n]
                        """, "content/people/alias.yaml:2:11: error: YAML aliases ('*n') are not allowed (write the value out in full)"),
                Arguments.of("a duplicate YAML key", """
                        -- content/people/twice.yaml --
                        name: Once
                        name: Twice
                        """, "content/people/twice.yaml:2:1: error: duplicate field 'name' (it is already set on line 1; keep one)"),
                Arguments.of("front matter never closed", """
                        -- content/pages/open.md --
                        ---
                        title: Open
                        """, "content/pages/open.md:1:1: error: the front matter is never closed (add a line '---' after the last metadata field)"),
                Arguments.of("an unknown collection folder", """
                        -- content/persons/someone.md --
                        ---
                        name: Someone
                        ---
                        """, "content/persons/someone.md:1:1: error: unknown collection folder 'persons' (did you mean 'people'? collections are articles, outlets, people, quotes, events, topics, pages)"),
                Arguments.of("metadata files named .yml", """
                        -- content/people/someone.yml --
                        name: Someone
                        """, "content/people/someone.yml:1:1: error: metadata files end in .yaml (rename it to someone.yaml)"),
                Arguments.of("a file that is not content", """
                        -- content/people/photo.png --
                        not a picture
                        """, "content/people/photo.png:1:1: error: not a content file (content files end in .md or .yaml)"),
                Arguments.of("a file directly in content/", """
                        -- content/notes.md --
                        ---
                        title: Notes
                        ---
                        """, "content/notes.md:1:1: error: unexpected file directly in content/ (only dossier.yaml lives there; entities go in a collection folder such as content/pages/)"),
                Arguments.of("a language that is not a language tag", """
                        -- content/outlets/bad-language.yaml --
                        name: Bad language
                        language: Russian
                        """, "content/outlets/bad-language.yaml:2:11: error: 'Russian' is not a language tag (use a BCP 47 tag such as en, ru, es or pt-BR)"),
                Arguments.of("a country that is not a code", """
                        -- content/outlets/bad-country.yaml --
                        name: Bad country
                        country: Russia
                        """, "content/outlets/bad-country.yaml:2:10: error: 'Russia' is not a country code (use the two-letter ISO 3166 code, such as RU, UA, US or IR)"),
                Arguments.of("a reliability grade off the scale", """
                        -- content/outlets/bad-grade.yaml --
                        name: Bad grade
                        reliability:
                          grade: G
                          rationale: None.
                        """, "content/outlets/bad-grade.yaml:3:10: error: 'G' is not a grade from A to F (use the Admiralty scale: A (reliable) to E (unreliable), F (cannot be judged))"),
                Arguments.of("an event that ends before it starts", """
                        -- content/events/backwards.yaml --
                        title: Backwards
                        start: 2022-11-16
                        end: 2022-11-15
                        """, "content/events/backwards.yaml:3:6: error: the event ends before it starts (check 'start' and 'end')"),
                Arguments.of("an inferred field that does not exist", """
                        -- content/articles/inferred.yaml --
                        title: Inferred
                        outlet: daily-news
                        published: 2022-10-30
                        inferred: [publishd]
                        """, "content/articles/inferred.yaml:4:12: error: 'publishd' in 'inferred' is not an article field (did you mean 'published'?)"),
                Arguments.of("a draft flag that is not true or false", """
                        -- content/topics/maybe.md --
                        ---
                        title: Maybe
                        draft: maybe
                        ---
                        """, "content/topics/maybe.md:3:8: error: 'draft' must be true or false (write 'draft: true' to keep it out of the published site)"),
                Arguments.of("an outlet that is its own group", """
                        -- content/outlets/own-parent.yaml --
                        name: Own parent
                        parent: own-parent
                        """, "content/outlets/own-parent.yaml:2:9: error: 'own-parent' refers to itself (name another outlet)"),
                Arguments.of("a hash that is not SHA-256", """
                        -- content/articles/bad-hash.yaml --
                        title: Bad hash
                        outlet: daily-news
                        published: 2022-10-30
                        content_sha256: abc
                        """, "content/articles/bad-hash.yaml:4:17: error: content_sha256 must be 64 lower-case hex digits (compute it with 'sha256sum' on the captured text)"),
                Arguments.of("a value with an unquoted colon", """
                        -- content/topics/colon.md --
                        ---
                        title: Talks: the background
                        ---
                        """, "content/topics/colon.md:2:13: error: invalid YAML: mapping values are not allowed here (a value that contains ': ' must be quoted)"),
                Arguments.of("a list where text belongs", """
                        -- content/topics/list-title.yaml --
                        title: [Talks, Negotiations]
                        """, "content/topics/list-title.yaml:1:8: error: the field 'title' must be text, not a list (write it on one line after the colon)"),
                Arguments.of("a page whose id is a section's name", """
                        -- content/pages/articles.md --
                        ---
                        title: Articles
                        ---
                        """, "content/pages/articles.md:1:1: error: the output file articles/index.html is also written by the article index (rename one of them; ids of pages must not be the name of a section)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void isReportedAtItsPositionAndLeavesTheLastSite(String fault, String files, String expected) {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build").status()).isZero();
        Map<String, byte[]> before = TestDossier.snapshot(dossier.site());

        TestDossier.Run run = dossier.with(files).run("build");

        assertThat(run.diagnostics()).contains(expected);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(TestDossier.snapshot(dossier.site())).isEqualTo(before);
    }

    @Test
    void reportsEveryFaultAtOnceInReadingOrder() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/topics/one.md --
                ---
                title: One
                ---

                [A](person:nobody) and [B](event:nothing).[^x]
                -- content/events/two.yaml --
                title: Two
                date: 2022-13-01
                -- content/articles/three.md --
                ---
                title: Three
                outlet: nowhere
                published: yesterday
                colour: blue
                ---
                """);

        TestDossier.Run run = dossier.run("check");

        assertThat(run.diagnostics()).containsExactly(
                "content/articles/three.md:3:9: error: unknown outlet 'nowhere' (create content/outlets/nowhere.md, or check the spelling)",
                "content/articles/three.md:4:12: error: 'yesterday' is not an ISO 8601 date (write dates as 2022-10-30 or 2022-10-30T10:00:00+03:00)",
                "content/articles/three.md:5:1: error: unknown field 'colour' in an article (known fields: draft, title, outlet, published, author, url, archive_url, accessed, language, translation, translated_from, via, topics, summary, inferred, content_sha256)",
                "content/events/two.yaml:2:7: error: '2022-13-01' is not a real date (check the month and day)",
                "content/topics/one.md:5:1: error: unknown person 'nobody' (create content/people/nobody.md, or check the spelling)",
                "content/topics/one.md:5:24: error: unknown event 'nothing' (create content/events/nothing.md, or check the spelling)",
                "content/topics/one.md:5:43: error: the note [^x] is never defined (add a line '[^x]: your note' at the end of the file)");
        assertThat(run.err()).endsWith("7 errors, 0 warnings\n");
        assertThat(run.status()).isEqualTo(1);
    }
}
