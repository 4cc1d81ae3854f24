package dossier.cli;

import dossier.model.Kind;

/**
 * The text of a new content file per kind. Required fields are left empty so that
 * {@code dossier check} points at each one until it is filled; optional ones are commented out.
 */
final class Scaffolds {
    private Scaffolds() {
    }

    static String of(Kind kind) {
        return switch (kind) {
            case ARTICLE -> """
                    ---
                    title:            # the headline as published
                    outlet:           # id of the outlet in content/outlets/
                    published:        # 2022-10-30, or 2022-10-30T10:00:00+03:00
                    # author: Iryna Balachuk      # one name, or a list
                    # url: https://…              # where it was published
                    # archive_url: https://…      # an archived copy
                    # accessed: 2022-11-01        # when you captured it
                    # language: en
                    # translation: none           # none, human or machine
                    # translated_from: es         # the original's language, for translations
                    # via: [ria-novosti]          # ids of outlets (or article:ID) it relies on
                    # topics: [security-guarantees]
                    # summary: One sentence on what the article reports.
                    # inferred: [published]       # fields whose values you inferred, not read
                    # content_sha256: …           # sha256 of the captured text
                    ---

                    The article's text. Link people, outlets, events and quotes where they are mentioned:
                    [Dmitry Peskov](person:dmitry-peskov), [“the quoted words”](quote:QUOTE-ID).
                    Add editor's notes as footnotes.[^1]

                    [^1]: An editor's note.
                    """;
            case OUTLET -> """
                    ---
                    name:             # as the outlet calls itself
                    # url: https://…
                    # country: RU                 # ISO 3166 two-letter code
                    # language: ru
                    # kind: independent           # independent, public, state-controlled, state-affiliated, wire, aggregator, content-farm
                    # owner: Who owns it
                    # parent: outlet-id           # the group it belongs to, if it is in content/outlets/
                    # reliability:
                    #   grade: B                  # Admiralty scale, A to F
                    #   rationale: Why.
                    ---

                    A short profile of the outlet.
                    """;
            case PERSON -> """
                    ---
                    name:             # the usual English spelling
                    # aliases: [Other spelling]
                    # roles:
                    #   - title: Press Secretary of the President
                    #     organisation: Presidential Administration of Russia
                    #     from: 2012-05-22
                    #     to: 2024-01-01
                    # country: RU
                    # wikidata: Q42
                    ---

                    A short profile.
                    """;
            case QUOTE -> """
                    ---
                    speaker:          # id of the person in content/people/
                    text:             # the reference English rendering
                    # said: 2022-10-30
                    # occasion: Where it was said
                    # medium: television, interview, press conference, …
                    # language: ru
                    # original: The words in the original language, if known.
                    # source_url: https://…
                    # topics: [security-guarantees]
                    ---

                    Notes on the statement and its translations.
                    """;
            case EVENT -> """
                    ---
                    title:
                    date:             # 2022-02-24; or replace with start: and end:
                    # place: Where
                    # topics: [security-guarantees]
                    # sources: [https://…]
                    ---

                    What happened.
                    """;
            case TOPIC -> """
                    ---
                    title:
                    ---

                    What the topic covers.
                    """;
            case PAGE -> """
                    ---
                    title:
                    ---

                    The page's text.
                    """;
        };
    }
}
