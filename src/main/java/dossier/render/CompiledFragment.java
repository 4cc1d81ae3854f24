package dossier.render;

import java.util.List;

/**
 * A fragment of a compiled template ({@code ~{layout :: links(items)}}, {@code ~{::main}}): the
 * nodes Thymeleaf would insert, and the names of the parameters its {@code th:fragment}
 * signature gives the arguments, in order. Its nodes are set once compiled, after the fragment
 * itself, so that the expressions inside it can name it.
 */
final class CompiledFragment {
    private final List<String> parameters;
    private volatile List<CompiledNode> nodes;

    CompiledFragment(List<String> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    List<String> parameters() {
        return parameters;
    }

    List<CompiledNode> nodes() {
        return nodes;
    }

    void compiled(List<CompiledNode> fragmentNodes) {
        this.nodes = List.copyOf(fragmentNodes);
    }

    /** A fragment with its arguments' values, as {@code th:insert} and {@code th:replace} take it. */
    record Bound(CompiledFragment fragment, List<Object> values) {
        /** The scope its nodes are rendered in: the caller's, with the parameters set, as local variables. */
        TemplateScope scope(TemplateScope caller) {
            TemplateScope scope = caller;
            for (int i = 0; i < values.size(); i++) {
                scope = scope.with(fragment.parameters().get(i), values.get(i));
            }
            return scope;
        }

        List<CompiledNode> nodes() {
            return fragment.nodes();
        }
    }
}
