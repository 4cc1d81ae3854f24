package dossier.render;

/**
 * The variables a compiled template sees: the page model as {@code page}, under the local
 * variables that iterations and fragment parameters set, the innermost first, as Thymeleaf's
 * context levels have them. Immutable: an inner scope is a new link in front of the outer one.
 */
final class TemplateScope {
    /** The name the page model goes by, as {@link TemplateRenderer} sets it for Thymeleaf. */
    static final String PAGE = "page";

    private final TemplateScope outer;
    private final String name;
    private final Object value;

    private TemplateScope(TemplateScope outer, String name, Object value) {
        this.outer = outer;
        this.name = name;
        this.value = value;
    }

    static TemplateScope of(Object page) {
        return new TemplateScope(null, PAGE, page);
    }

    TemplateScope with(String variable, Object variableValue) {
        return new TemplateScope(this, variable, variableValue);
    }

    /**
     * A variable's value. A name no level sets is left to Thymeleaf, whose context may know it
     * (its own objects) or make it null.
     */
    Object variable(String variable) {
        for (TemplateScope scope = this; scope != null; scope = scope.outer) {
            if (scope.name.equals(variable)) {
                return scope.value;
            }
        }
        throw new NotCompiled("the variable '" + variable + "' is not set");
    }
}
