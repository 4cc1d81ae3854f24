package dossier.render;

import dossier.diagnostic.Diagnostics;
import java.util.Locale;
import java.util.Optional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders page models with the theme's Thymeleaf templates. Template names are fixed by this
 * class's callers, never taken from content, and content values reach templates only as
 * variables, so no content can become an expression. A template error becomes a diagnostic
 * naming the template file and line.
 */
final class TemplateRenderer {
    private final TemplateEngine engine = new TemplateEngine();
    private final ViewMaps maps = new ViewMaps();
    // One writer for each thread that renders pages, kept from page to page.
    private final ThreadLocal<Utf8PageWriter> writers = ThreadLocal.withInitial(() -> new Utf8PageWriter(32 * 1024));
    private final Theme theme;
    // Null where the theme is rendered by Thymeleaf alone.
    private final CompiledTheme compiled;

    TemplateRenderer(Theme theme) {
        this.theme = theme;
        FileTemplateResolver own = new FileTemplateResolver();
        own.setPrefix(theme.overrideFolder().toAbsolutePath() + "/");
        configure(own, 1);
        ClassLoaderTemplateResolver bundled = new ClassLoaderTemplateResolver(TemplateRenderer.class.getClassLoader());
        bundled.setPrefix(Theme.BUNDLED);
        configure(bundled, 2);
        engine.addTemplateResolver(own);
        engine.addTemplateResolver(bundled);
        engine.addDialect(new LinkRecordingDialect());
        this.compiled = theme.compiled() ? new CompiledTheme(engine) : null;
    }

    Theme theme() {
        return theme;
    }

    /** The compiled theme, or null where Thymeleaf renders every template. */
    CompiledTheme compiled() {
        return compiled;
    }

    /** A rendered page, as UTF-8, and the links and ids its markup holds. */
    record Page(byte[] html, PageLinks links) {
    }

    private static void configure(org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver resolver, int order) {
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
    }

    /** The renderer of one build's pages, which share what {@link RepeatedMarkup} keeps. */
    Build newBuild() {
        return new Build(RepeatedMarkup.forOneBuild());
    }

    /**
     * For serve: a renderer of build after build, which share what {@link RepeatedMarkup} keeps;
     * only while the settings are the same (see there).
     */
    Build newBuilds() {
        return new Build(RepeatedMarkup.acrossBuilds());
    }

    /** Renders the pages of one build, or of serve's builds one after the other. */
    final class Build {
        private final RepeatedMarkup repeated;

        private Build(RepeatedMarkup repeated) {
            this.repeated = repeated;
        }

        /** The compiled theme it renders with, or null where Thymeleaf renders every template. */
        CompiledTheme compiled() {
            return compiled;
        }

        /** How many elements' markup it keeps. */
        int kept() {
            return repeated.size();
        }

        /** @return the page, or empty when the template failed (the failure is reported) */
        Optional<Page> render(String template, Object page, Diagnostics diagnostics) {
            return TemplateRenderer.this.render(template, page, repeated, diagnostics);
        }
    }

    private Optional<Page> render(String template, Object page, RepeatedMarkup repeated, Diagnostics diagnostics) {
        Optional<CompiledTemplate> compiledTemplate = compiled == null ? Optional.empty() : compiled.template(template);
        if (compiledTemplate.isPresent()) {
            Utf8PageWriter out = writers.get();
            try {
                PageLinks links = compiledTemplate.get().render(page, repeated, out);
                return Optional.of(new Page(out.toByteArray(), links));
            } catch (RuntimeException e) {
                // Thymeleaf renders the page instead, as the template says, and reports what is
                // wrong with it, if anything (NotCompiled: a value the compiled theme declines;
                // anything else would be its own fault, which the page must not pay for).
                compiled.fellBack(template, e);
            }
        }
        return thymeleaf(template, page, repeated, diagnostics);
    }

    /** The page as Thymeleaf renders it, compiled or not: what the compiled theme must equal. */
    Optional<Page> thymeleaf(String template, Object page, RepeatedMarkup repeated, Diagnostics diagnostics) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("page", maps.of(page));
        LinkRecordingDialect.Recorder recorder = new LinkRecordingDialect.Recorder();
        context.setVariable(LinkRecordingDialect.VARIABLE, recorder);
        context.setVariable(LinkRecordingDialect.REPEATED, repeated);
        try {
            // Written straight to UTF-8: a page with one character beyond Latin-1 would otherwise be
            // built as a two-byte-a-character string, and then encoded again.
            Utf8PageWriter out = writers.get().reset();
            engine.process(template, context, out);
            return Optional.of(new Page(out.toByteArray(), recorder.links()));
        } catch (TemplateProcessingException e) {
            String name = e.getTemplateName() == null ? template : e.getTemplateName();
            String file = templateFile(name);
            int line = Math.max(e.getLine() == null ? 1 : e.getLine(), 1);
            int column = Math.max(e.getCol() == null ? 1 : e.getCol(), 1);
            diagnostics.error(file, line, column, "template error: " + describe(e), hint(name));
            return Optional.empty();
        } catch (TemplateEngineException e) {
            diagnostics.error(templateFile(template), 1, 1, "template error: " + describe(e), hint(template));
            return Optional.empty();
        }
    }

    private String templateFile(String name) {
        String simple = name.replaceFirst("^.*/", "");
        String file = Theme.TEMPLATES + "/" + simple + (simple.endsWith(".html") ? "" : ".html");
        return theme.overrides(simple.endsWith(".html") ? simple : simple + ".html") ? file : file + " (built-in theme)";
    }

    private static String hint(String name) {
        return "templates are code: check the expression at this line of " + name.replaceFirst("^.*/", "");
    }

    /** The innermost message, without Thymeleaf's "(template: …)" suffix, which the path already says. */
    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause.getClass().getSimpleName().equals("NoSuchPropertyException")) {
            // OGNL says only "package.Type.property".
            int dot = message.lastIndexOf('.');
            String type = message.substring(0, Math.max(dot, 0)).replaceFirst("^.*\\.", "");
            return "the page model " + type + " has no property '" + message.substring(dot + 1) + "'";
        }
        message = message.replaceAll("\\s*\\(template: .*\\)$", "");
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
