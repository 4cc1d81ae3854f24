package dossier.markdown;

/**
 * Where the next sentence of a plain text starts. The rules are those of the JDK's sentence break
 * iterator for English, which gives the same boundaries on prose, in a single forward pass over
 * the characters; the iterator's own table-driven walk was most of the markdown stage's work
 * beyond CommonMark's.
 *
 * <ol>
 *   <li>After a terminator ({@code !}, {@code ?}, their full-width and ideographic forms, the
 *       danda), then any further terminators, full stops and closing punctuation, then white
 *       space: a sentence starts after the white space, whatever follows.</li>
 *   <li>After a full stop ({@code .} or its full-width form), then any further full stops and
 *       closing punctuation: a sentence starts after white space when a letter other than a
 *       lower-case one follows it ({@code said. The}), or, with or without white space, at
 *       opening punctuation or a symbol that a letter follows ({@code said. (The},
 *       {@code said. “the}). So not before a lower-case letter ({@code e.g. the}), a digit
 *       ({@code No. 5}) or when nothing but a letter follows ({@code 3.5}, {@code U.S.A}).</li>
 *   <li>After a paragraph separator (U+2029).</li>
 * </ol>
 *
 * Marks and format characters (a combining accent, a soft hyphen) are passed over where they
 * stand. Quotation marks count as opening and as closing punctuation. Where the iterator differs,
 * it is its slips: at the end of a text it cuts a full stop off as a sentence of its own
 * ({@code Ask e.g. —} is three sentences to it), and two spaces after a full stop end a sentence
 * before a lower-case letter where one space does not.
 */
final class SentenceBoundaries {
    private SentenceBoundaries() {
    }

    /**
     * The start of the sentence after the one that starts at {@code from}, or the text's length
     * when that sentence runs to the end. The text is a String, not a CharSequence: the quick
     * compiler inlines String.charAt, but calls an interface's charAt through a stub on every
     * character (a walk a third slower).
     */
    static int next(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\uff0e') {
                int run = pastClosing(text, i + 1);
                int start = afterFullStop(text, run);
                if (start >= 0) {
                    return start;
                }
                // A full stop later in the same run is followed by the same, so starts nothing
                // either: looking again from each would make a run of them cost its square.
                i = run - 1;
            } else if (c == '!' || c == '?' || c > 0x7f && terminator(c)) {
                return afterTerminator(text, i + 1);
            } else if (c == '\u2029') {
                return i + 1;
            }
        }
        return length;
    }

    private static int afterTerminator(String text, int at) {
        int i = at;
        while (i < text.length() && (terminator(text.charAt(i)) || fullStop(text.charAt(i)) || closing(text.charAt(i))
                || passedOver(text.charAt(i)))) {
            i++;
        }
        i = afterSpace(text, i);
        return i < text.length() && text.charAt(i) == '\u2029' ? i + 1 : i;
    }

    /** Past any further full stops and closing punctuation after a full stop. */
    private static int pastClosing(String text, int at) {
        int i = at;
        while (i < text.length() && (fullStop(text.charAt(i)) || closing(text.charAt(i)) || passedOver(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /**
     * Where a sentence starts after a full stop and the closing punctuation that ends at
     * {@code i}, or -1 if none does.
     */
    private static int afterFullStop(String text, int i) {
        int length = text.length();
        int start = afterSpace(text, i);
        boolean spaced = false;
        for (int j = i; j < start && !spaced; j++) {
            spaced = space(text.charAt(j));
        }
        int first = skipPassedOver(text, start);
        if (first == length) {
            return -1;
        }
        int c = Character.codePointAt(text, first);
        if (Character.isLetter(c)) {
            return spaced && Character.getType(c) != Character.LOWERCASE_LETTER ? start : -1;
        }
        int leading = first;
        while (leading < length && (opening(text.charAt(leading)) || symbol(text.charAt(leading)))) {
            leading = skipPassedOver(text, leading + 1);
        }
        return leading > first && leading < length && Character.isLetter(Character.codePointAt(text, leading)) ? start : -1;
    }

    private static int afterSpace(String text, int at) {
        int i = at;
        while (i < text.length() && (space(text.charAt(i)) || passedOver(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static int skipPassedOver(String text, int at) {
        int i = at;
        while (i < text.length() && passedOver(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean terminator(char c) {
        return c == '!' || c == '?' || c == '\u3002' || c == '\uff01' || c == '\uff1f' || c == '\u0964' || c == '\u0965';
    }

    private static boolean fullStop(char c) {
        return c == '.' || c == '\uff0e';
    }

    // With the vertical tab, which plain text counts as white space too.
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\013'
                || c > 0x7f && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static boolean opening(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    private static boolean closing(char c) {
        int type = Character.getType(c);
        return c == '"' || c == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean passedOver(char c) {
        if (c < 0x300) {
            return c == '\u00ad';
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    /** A character that may stand before a sentence's first letter: a dash, an asterisk, a currency sign. */
    private static boolean symbol(char c) {
        int type = Character.getType(c);
        boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
        return !(Character.isLetter(c) || Character.isSurrogate(c) || number || space(c) || opening(c) || closing(c)
                || terminator(c) || fullStop(c) || c == ',' || c == '\u2029' || passedOver(c));
    }
}
