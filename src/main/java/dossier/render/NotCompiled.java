package dossier.render;

/**
 * What the compiled theme cannot do as Thymeleaf would: a template that uses more of Thymeleaf
 * than the compiled theme knows, or a value it cannot be sure to treat the same way. Thrown while
 * compiling, the template is left to Thymeleaf; while rendering, that page is rendered by
 * Thymeleaf instead, which also reports any error in the template. Without a stack trace: it is
 * an answer, not a failure.
 */
final class NotCompiled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCompiled(String reason) {
        super(reason, null, false, false);
    }
}
