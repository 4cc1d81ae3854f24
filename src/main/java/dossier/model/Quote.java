package dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One statement, recorded once however many articles carry it. */
public record Quote(
        String id,
        String path,
        Reference speaker,
        Optional<DateValue> said,
        String occasion,
        String medium,
        String language,
        String original,
        String text,
        String sourceUrl,
        List<Reference> topics,
        Body body) implements Entity {

    private static final int TITLE_WORDS = 12;

    public Quote {
        topics = List.copyOf(topics);
    }

    @Override
    public Kind kind() {
        return Kind.QUOTE;
    }

    /** The opening words of the reference text, in quotation marks. */
    @Override
    public String title() {
        String[] words = text.strip().split("\\s+");
        if (words.length <= TITLE_WORDS) {
            return "“" + text.strip() + "”";
        }
        return "“" + String.join(" ", List.of(words).subList(0, TITLE_WORDS)) + " …”";
    }

    @Override
    public List<Reference> references() {
        List<Reference> all = new ArrayList<>();
        all.add(speaker);
        all.addAll(topics);
        return all;
    }
}
