package dossier.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.AttributeValueQuotes;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;

/**
 * The start tag of an element a compiled template's processors change: its attributes and the
 * white space between them, as Thymeleaf parsed them. {@link #changing()} gives a copy that
 * takes the changes Thymeleaf's model factory makes ({@code removeAttribute},
 * {@code replaceAttribute}, {@code setAttribute}) by the same rules as Thymeleaf's own attribute
 * list ({@code org.thymeleaf.engine.Attributes}), and writes it as Thymeleaf's tag would. Made
 * for speed: Thymeleaf makes a new tag and new arrays for every change, and finds the name of an
 * attribute it sets by comparing it with each attribute's and then looking it up in its table of
 * names, where here the names are looked up once, when the template is compiled
 * ({@link Name}), and one copy of the arrays takes all the changes to an element.
 * Immutable; a {@link Changing} belongs to the one element being rendered.
 */
final class CompiledTag {
    private static final String DEFAULT_OPERATOR = "=";
    private static final String DEFAULT_WHITE_SPACE = " ";

    private final String element;
    private final boolean minimized;
    private final Attribute[] attributes;
    private final String[] whiteSpaces;

    private CompiledTag(String element, boolean minimized, Attribute[] attributes, String[] whiteSpaces) {
        this.element = element;
        this.minimized = minimized;
        this.attributes = attributes;
        this.whiteSpaces = whiteSpaces;
    }

    /**
     * An attribute's name as a processor sets or removes it: the name it writes, the name
     * Thymeleaf finds an attribute by when that is written otherwise (as {@code HREF}, say), and
     * whether it is an id, a link or a source, for noting the page's links and ids.
     */
    record Name(String completeName, AttributeName name, byte role) {
        static Name of(String completeName, AttributeName name) {
            return new Name(completeName, name, LinkRecordingDialect.roleOf(completeName));
        }
    }

    /**
     * One attribute as Thymeleaf keeps it ({@code org.thymeleaf.engine.Attribute}); {@code written}
     * is how it is written, for those as parsed, null for those a processor made.
     */
    private record Attribute(AttributeName name, String completeName, String operator, String value,
                             AttributeValueQuotes quotes, byte role, String written) {

        /** As Thymeleaf's {@code Attribute} is made: without a value, no operator and no quotes. */
        static Attribute of(AttributeName name, String completeName, byte role, String operator, String value,
                            AttributeValueQuotes quotes) {
            if (value == null) {
                return new Attribute(name, completeName, null, null, null, role, null);
            }
            AttributeValueQuotes kept = quotes == null || quotes == AttributeValueQuotes.NONE && value.isEmpty()
                    ? AttributeValueQuotes.DOUBLE : quotes;
            return new Attribute(name, completeName, operator == null ? DEFAULT_OPERATOR : operator, value, kept, role,
                    null);
        }

        /** The same, with how it is written kept: one string to write for each attribute a template has as it is. */
        Attribute asWritten() {
            return new Attribute(name, completeName, operator, value, quotes, role, CompiledTag.written(this::write));
        }

        /** Thymeleaf's {@code Attribute.modify}: its operator and quotes kept; its name kept unless given. */
        Attribute modified(AttributeName newName, Name newCompleteName, String newValue) {
            return of(newName == null ? name : newName, newCompleteName.completeName(), newCompleteName.role(), operator,
                    newValue, quotes);
        }

        void write(Writer out) throws IOException {
            if (written != null) {
                out.write(written);
                return;
            }
            out.write(completeName);
            if (value == null) {
                return;
            }
            out.write(operator);
            if (quotes == AttributeValueQuotes.DOUBLE) {
                out.write('"');
                out.write(value);
                out.write('"');
            } else if (quotes == AttributeValueQuotes.SINGLE) {
                out.write('\'');
                out.write(value);
                out.write('\'');
            } else {
                out.write(value);
            }
        }
    }

    /**
     * A tag as Thymeleaf parsed it. Thymeleaf does not show the white space between attributes;
     * it is read from the tag as written, between the attributes as written.
     *
     * @throws NotCompiled where the written tag is not what its attributes make, so that
     *                     Thymeleaf renders the template
     */
    static CompiledTag of(IProcessableElementTag tag) {
        String written = written(tag::write);
        IAttribute[] all = tag.getAllAttributes();
        Attribute[] attributes = new Attribute[all.length];
        String[] whiteSpaces = new String[all.length + 1];
        String start = "<" + tag.getElementCompleteName();
        if (!written.startsWith(start)) {
            throw new NotCompiled("a tag written otherwise than parsed: " + written);
        }
        int at = start.length();
        for (int i = 0; i < all.length; i++) {
            IAttribute attribute = all[i];
            int from = at;
            while (at < written.length() && Character.isWhitespace(written.charAt(at))) {
                at++;
            }
            whiteSpaces[i] = written.substring(from, at);
            String text = written(attribute::write);
            if (!written.startsWith(text, at)) {
                throw new NotCompiled("a tag written otherwise than parsed: " + written);
            }
            at += text.length();
            attributes[i] = Attribute.of(attribute.getAttributeDefinition().getAttributeName(),
                    attribute.getAttributeCompleteName(),
                    LinkRecordingDialect.roleOf(attribute.getAttributeCompleteName()),
                    attribute.getOperator(), attribute.getValue(), attribute.getValueQuotes()).asWritten();
        }
        boolean minimized = tag instanceof IStandaloneElementTag standalone && standalone.isMinimized();
        String end = minimized ? "/>" : ">";
        if (!written.endsWith(end) || written.length() - end.length() < at) {
            throw new NotCompiled("a tag written otherwise than parsed: " + written);
        }
        String trailing = written.substring(at, written.length() - end.length());
        int count = all.length;
        if (!trailing.isEmpty()) {
            whiteSpaces[count++] = trailing;
        }
        CompiledTag compiled = new CompiledTag(tag.getElementCompleteName(), minimized, attributes,
                Arrays.copyOf(whiteSpaces, count));
        if (!compiled.changing().written().equals(written)) {
            throw new NotCompiled("a tag written otherwise than parsed: " + written);
        }
        return compiled;
    }

    private interface Written {
        void to(Writer out) throws IOException;
    }

    private static String written(Written written) {
        StringWriter out = new StringWriter();
        try {
            written.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** A copy of this tag to change, as the element's processors run. */
    Changing changing() {
        return new Changing(this, attributes, attributes.length, whiteSpaces, whiteSpaces.length);
    }

    /**
     * The tag as one element's processors have changed it so far. Its arrays are the compiled
     * tag's until its first change, and shared with a copy until the next change to either.
     */
    static final class Changing {
        private final CompiledTag tag;
        private Attribute[] attributes;
        private int count;
        private String[] whiteSpaces;
        private int spaces;
        private boolean shared = true;

        private Changing(CompiledTag tag, Attribute[] attributes, int count, String[] whiteSpaces, int spaces) {
            this.tag = tag;
            this.attributes = attributes;
            this.count = count;
            this.whiteSpaces = whiteSpaces;
            this.spaces = spaces;
        }

        /** A copy that changes apart from this one (each iteration of {@code th:each} gets one). */
        Changing copy() {
            shared = true;
            return new Changing(tag, attributes, count, whiteSpaces, spaces);
        }

        boolean has(AttributeName name) {
            return indexOf(name) >= 0;
        }

        String value(AttributeName name) {
            int index = indexOf(name);
            return index < 0 ? null : attributes[index].value();
        }

        /** {@code removeAttribute}: the attribute and the white space after it, or before it if it is the last. */
        void remove(AttributeName name) {
            int index = indexOf(name);
            if (index >= 0) {
                removeAt(index);
            }
        }

        void remove(Name name) {
            int index = indexOf(name);
            if (index >= 0) {
                removeAt(index);
            }
        }

        /** {@code replaceAttribute}: the new attribute where the old one was, or set, as Thymeleaf's rules have it. */
        void replace(AttributeName old, Name name, String value) {
            int oldIndex = indexOf(old);
            if (oldIndex < 0) {
                set(name, value);
                return;
            }
            int existing = indexOf(name);
            if (existing == oldIndex) {
                set(name, value);
            } else if (existing >= 0) {
                removeAt(oldIndex);
                if (existing > oldIndex) {
                    existing--;
                }
                attributes[existing] = attributes[existing].modified(null, name, value);
            } else {
                own();
                attributes[oldIndex] = attributes[oldIndex].modified(name.name(), name, value);
            }
        }

        /** {@code setAttribute}: the attribute changed where it is, or added after the others. */
        void set(Name name, String value) {
            int existing = indexOf(name);
            own();
            if (existing >= 0) {
                attributes[existing] = attributes[existing].modified(null, name, value);
                return;
            }
            makeRoom();
            attributes[count] = Attribute.of(name.name(), name.completeName(), name.role(), null, value, null);
            if (spaces == count) {
                whiteSpaces[spaces] = DEFAULT_WHITE_SPACE;
            } else {
                // White space after the last attribute stays last.
                whiteSpaces[spaces] = whiteSpaces[spaces - 1];
                whiteSpaces[spaces - 1] = DEFAULT_WHITE_SPACE;
            }
            count++;
            spaces++;
        }

        /** Notes the tag's links and ids as written, as {@link LinkRecordingDialect#note} does for Thymeleaf's tags. */
        void note(PageLinks.Collector collected) {
            String id = null;
            String href = null;
            String src = null;
            for (int i = 0; i < count; i++) {
                Attribute attribute = attributes[i];
                if (id == null && attribute.role() == LinkRecordingDialect.ID) {
                    id = attribute.value();
                } else if (href == null && attribute.role() == LinkRecordingDialect.HREF) {
                    href = attribute.value();
                } else if (src == null && attribute.role() == LinkRecordingDialect.SRC) {
                    src = attribute.value();
                }
            }
            LinkRecordingDialect.note(collected, tag.element, id, href, src);
        }

        void write(Writer out) throws IOException {
            out.write('<');
            out.write(tag.element);
            int i = 0;
            for (; i < count; i++) {
                out.write(whiteSpaces[i]);
                attributes[i].write(out);
            }
            if (i < spaces) {
                out.write(whiteSpaces[i]);
            }
            out.write(tag.minimized ? "/>" : ">");
        }

        /**
         * Writes a tag that stands alone as a start tag, for the body it was given, as Thymeleaf
         * does: written, and its last two characters made {@code >} if they are {@code />}.
         */
        void writeOpened(Writer out) throws IOException {
            String standalone = written();
            out.write(standalone.endsWith("/>") ? standalone.substring(0, standalone.length() - 2) + ">" : standalone);
        }

        String element() {
            return tag.element;
        }

        private String written() {
            return CompiledTag.written(this::write);
        }

        private int indexOf(AttributeName name) {
            for (int i = count - 1; i >= 0; i--) {
                if (attributes[i].name() == name) {
                    return i;
                }
            }
            return -1;
        }

        // As Thymeleaf finds an attribute by a name it is given as text: as written, else as named.
        private int indexOf(Name name) {
            for (int i = count - 1; i >= 0; i--) {
                if (attributes[i].completeName().equals(name.completeName())) {
                    return i;
                }
            }
            return indexOf(name.name());
        }

        private void removeAt(int index) {
            own();
            int space = index + 1 == count ? index : index + 1;
            System.arraycopy(attributes, index + 1, attributes, index, count - index - 1);
            attributes[--count] = null;
            System.arraycopy(whiteSpaces, space + 1, whiteSpaces, space, spaces - space - 1);
            whiteSpaces[--spaces] = null;
        }

        // Arrays made by their own type: Arrays.copyOf makes them by reflection, which the quick
        // compiler leaves a call into the JVM, and which took most of the time of a change.
        private void own() {
            if (shared) {
                attributes = copy(attributes, count, count + 1);
                whiteSpaces = copy(whiteSpaces, spaces, spaces + 1);
                shared = false;
            }
        }

        private void makeRoom() {
            if (attributes.length == count) {
                attributes = copy(attributes, count, count * 2 + 1);
            }
            if (whiteSpaces.length == spaces) {
                whiteSpaces = copy(whiteSpaces, spaces, spaces * 2 + 1);
            }
        }

        private static Attribute[] copy(Attribute[] array, int used, int length) {
            Attribute[] copy = new Attribute[length];
            System.arraycopy(array, 0, copy, 0, used);
            return copy;
        }

        private static String[] copy(String[] array, int used, int length) {
            String[] copy = new String[length];
            System.arraycopy(array, 0, copy, 0, used);
            return copy;
        }
    }
}
