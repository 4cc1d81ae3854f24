package dossier.markdown;

import java.util.Locale;
import org.commonmark.node.CustomBlock;

/**
 * A GitHub alert, {@code > [!NOTE]}: a block quote whose first line names its type. Editors use
 * it for block notes such as "This text is a machine translation of a Spanish original."
 */
public final class Alert extends CustomBlock {
    /** The five types GitHub renders; anything else stays a plain block quote. */
    public enum Type {
        NOTE, TIP, IMPORTANT, WARNING, CAUTION;

        public String title() {
            return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Type type;

    public Alert(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
