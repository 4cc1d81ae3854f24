package dossier.graph;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares two English texts word by word. Words are compared without case, punctuation or
 * accents, and with one kind of apostrophe, so that a rendering is judged by its words, not its
 * typography ("Washington," and "Washington." are the same word); a dash or an ellipsis standing
 * alone is kept with the word before it. Stateless and safe to share.
 */
public final class WordDiffer {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A word as written, and the form it is compared in. */
    private record Word(String written, String key) {
    }

    public WordDiff compare(String reference, String rendering) {
        List<Word> from = words(reference);
        List<Word> to = words(rendering);
        List<WordDiff.Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        int same = 0;
        for (AbstractDelta<Word> delta : DiffUtils.diff(from, to, (a, b) -> a.key().equals(b.key())).getDeltas()) {
            Chunk<Word> source = delta.getSource();
            Chunk<Word> target = delta.getTarget();
            same += source.getPosition() - i;
            add(parts, WordDiff.Change.SAME, to.subList(j, target.getPosition()));
            add(parts, WordDiff.Change.REMOVED, source.getLines());
            add(parts, WordDiff.Change.ADDED, target.getLines());
            i = source.getPosition() + source.size();
            j = target.getPosition() + target.size();
        }
        same += from.size() - i;
        add(parts, WordDiff.Change.SAME, to.subList(j, to.size()));
        int total = from.size() + to.size();
        return new WordDiff(parts, total == 0 ? 1 : 2.0 * same / total, to.isEmpty() ? 1 : (double) same / to.size());
    }

    private static void add(List<WordDiff.Part> parts, WordDiff.Change change, List<Word> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words.stream().map(Word::written).toList());
        int last = parts.size() - 1;
        if (last >= 0 && parts.get(last).change() == change) {
            parts.set(last, new WordDiff.Part(change, parts.get(last).text() + " " + text));
        } else {
            parts.add(new WordDiff.Part(change, text));
        }
    }

    /** The words of a text in the form they are compared in. */
    static List<String> keys(String text) {
        return words(text).stream().map(Word::key).toList();
    }

    /**
     * A word without case, accents or anything but letters and digits. Most words are ASCII, and
     * for them that is a filter; the rest are decomposed so that accents can be dropped.
     */
    static String key(String token) {
        StringBuilder ascii = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x80) {
                return NOT_WORD.matcher(MARKS.matcher(Normalizer.normalize(token.replace('’', '\''), Normalizer.Form.NFD))
                        .replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                ascii.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                ascii.append((char) (c + ('a' - 'A')));
            }
        }
        return ascii.toString();
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        String pending = "";
        for (String token : SPACE.split(text.strip())) {
            String key = key(token);
            if (!key.isEmpty()) {
                words.add(new Word(pending + token, key));
                pending = "";
            } else if (!words.isEmpty()) {
                Word last = words.remove(words.size() - 1);
                words.add(new Word(last.written() + " " + token, last.key()));
            } else if (!token.isEmpty()) {
                pending = pending + token + " ";
            }
        }
        return words;
    }
}
