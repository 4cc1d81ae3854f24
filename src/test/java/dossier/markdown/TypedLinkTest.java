package dossier.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Kind;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A link's destination read as a typed link's. */
class TypedLinkTest {
    @Test
    void readsKindIdAndFragment() {
        assertThat(TypedLink.destination("person:dmitry-peskov#p2"))
                .contains(new TypedLink.Destination(Kind.PERSON, "dmitry-peskov", "p2"));
        assertThat(TypedLink.destination("quote:ready")).contains(new TypedLink.Destination(Kind.QUOTE, "ready", ""));
        assertThat(TypedLink.destination("event:")).contains(new TypedLink.Destination(Kind.EVENT, "", ""));
        assertThat(TypedLink.destination("https://example.org/#x")).isEmpty();
        assertThat(TypedLink.destination("persons:x")).isEmpty();
        assertThat(TypedLink.destination("Person:x")).isEmpty();
        assertThat(TypedLink.destination("../people/x/")).isEmpty();
    }

    /** The same as the pattern that says what a typed link is, over random destinations. */
    @Test
    void readsWhatThePatternMatches() {
        Pattern typed = Pattern.compile("([a-z]+):([^#]*)(?:#(.*))?");
        String[] pieces = {"person", "quote", "event", "article", "outlet", "topic", "page", "persons", "Person", "x",
            ":", "#", "a-b", "é", "\n", "\r", "\u0085", "\u2028", "\u2029", "\t", " ", "//", "1"};
        Random random = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            // Half of them start as a typed link does, so that what follows is looked at.
            StringBuilder destination = new StringBuilder(random.nextBoolean() ? "person:" : "");
            for (int j = 0, n = random.nextInt(6); j < n; j++) {
                destination.append(pieces[random.nextInt(pieces.length)]);
            }
            Matcher matcher = typed.matcher(destination);
            Optional<TypedLink.Destination> expected = matcher.matches()
                    ? Kind.byPrefix(matcher.group(1)).map(kind -> new TypedLink.Destination(kind, matcher.group(2),
                            matcher.group(3) == null ? "" : matcher.group(3)))
                    : Optional.empty();
            assertThat(TypedLink.destination(destination.toString())).as("%s", destination).isEqualTo(expected);
        }
    }
}
