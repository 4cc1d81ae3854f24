/**
 * The plain page models that templates see: records of text, links and lists, already
 * computed, so that a theme never needs to know about Markdown, the graph or the model.
 * Text is always printed with {@code th:text}; only {@code bodyHtml} fields, which have passed
 * the content policy, are printed with {@code th:utext}.
 */
package dossier.render.view;
