package dossier.render;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.thymeleaf.TemplateEngine;

/**
 * The page templates of a theme as compiled ({@link TemplateCompiler}), each the first time it
 * is asked for; a template that cannot be compiled is remembered with the reason, and left to
 * Thymeleaf. Also counts the pages of compiled templates that Thymeleaf rendered instead.
 */
final class CompiledTheme {
    private final TemplateEngine engine;
    private final TemplateRuns runs = new TemplateRuns();
    private final Map<String, Optional<CompiledTemplate>> templates = new ConcurrentHashMap<>();
    private final Map<String, String> refused = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> fellBack = new ConcurrentHashMap<>();

    /** @param engine the engine the theme's templates are rendered with otherwise, configured */
    CompiledTheme(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The compiled template, or empty when Thymeleaf renders it. */
    Optional<CompiledTemplate> template(String name) {
        return templates.computeIfAbsent(name, this::compile);
    }

    private Optional<CompiledTemplate> compile(String name) {
        try {
            return Optional.of(new CompiledTemplate(new TemplateCompiler(engine, runs).template(name)));
        } catch (NotCompiled e) {
            refused.put(name, e.getMessage());
            return Optional.empty();
        }
    }

    /** A page of a compiled template was rendered by Thymeleaf instead, for this reason. */
    void fellBack(String template, RuntimeException reason) {
        String why = template + ": " + (reason instanceof NotCompiled ? reason.getMessage() : reason.toString());
        fellBack.computeIfAbsent(why, key -> new AtomicInteger()).incrementAndGet();
    }

    /** How many pages of compiled templates Thymeleaf rendered instead, by reason. */
    SortedMap<String, Integer> fellBack() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        fellBack.forEach((why, count) -> counts.put(why, count.get()));
        return counts;
    }

    /** The templates asked for that were not compiled, with the reason, by name. */
    SortedMap<String, String> refused() {
        return new TreeMap<>(refused);
    }
}
