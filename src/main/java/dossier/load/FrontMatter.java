package dossier.load;

import dossier.diagnostic.Diagnostics;
import java.util.Optional;

/** The YAML between the opening and closing {@code ---} lines of a Markdown file, and what follows. */
record FrontMatter(String yaml, String body, int bodyLine) {

    static Optional<FrontMatter> split(String path, String text, Diagnostics diagnostics) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text.substring(0, firstEnd))) {
            diagnostics.error(path, 1, 1, "the file does not start with front matter",
                    "begin with a line '---', the metadata fields, then another '---' line");
            return Optional.empty();
        }
        int lineNumber = 2;
        int start = Math.min(firstEnd + 1, text.length());
        int position = start;
        while (position < text.length()) {
            int end = lineEnd(text, position);
            String line = text.substring(position, end);
            if (isFence(line) || line.stripTrailing().equals("...")) {
                String yaml = text.substring(start, position);
                String body = end >= text.length() ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, body, lineNumber + 1));
            }
            position = end + 1;
            lineNumber++;
        }
        diagnostics.error(path, 1, 1, "the front matter is never closed",
                "add a line '---' after the last metadata field");
        return Optional.empty();
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
