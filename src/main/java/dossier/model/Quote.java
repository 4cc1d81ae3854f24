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
        List<Reference> topics) implements Entity {

    private static final int TITLE_WORDS = 12;

    public Quote {
        topics = List.copyOf(topics);
    }

    @Override
    public Kind kind() {
        return Kind.QUOTE;
    }

    /**
     * The opening words of the reference text, in quotation marks. Every link to the quote shows
     * it, so it is found by one scan rather than a split of the whole text; words are separated
     * by runs of ASCII white space, as {@code \s+} would separate them.
     */
    @Override
    public String title() {
        String stripped = text.strip();
        StringBuilder opening = new StringBuilder(stripped.length() + 4).append('“');
        int words = 0;
        int i = 0;
        while (i < stripped.length()) {
            int start = i;
            while (i < stripped.length() && !isSpace(stripped.charAt(i))) {
                i++;
            }
            if (++words > TITLE_WORDS) {
                return opening.append(" …”").toString();
            }
            opening.append(words > 1 ? " " : "").append(stripped, start, i);
            while (i < stripped.length() && isSpace(stripped.charAt(i))) {
                i++;
            }
        }
        return "“" + stripped + "”";
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
