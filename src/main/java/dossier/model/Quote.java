package dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One statement, recorded once however many articles carry it. Words spoken have a speaker;
 * words from a published document (a draft treaty, a readout) name the event of its publication
 * as their {@code document}; a readout of what someone said has both. At least one is present.
 */
public record Quote(
        String id,
        String path,
        Optional<Reference> speaker,
        Optional<Reference> document,
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
        speaker.ifPresent(all::add);
        document.ifPresent(all::add);
        all.addAll(topics);
        return all;
    }
}
