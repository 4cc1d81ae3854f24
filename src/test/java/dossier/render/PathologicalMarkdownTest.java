package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostics;
import dossier.markdown.MarkdownParser;
import dossier.model.EntityKey;
import dossier.model.Kind;
import dossier.model.Body;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown built to be slow (deep nesting, long lines, runs of markers) is parsed and rendered in
 * time linear in its size. The bound is a ratio between two sizes, not a wall time: four times
 * the input may take at most eight times as long (linear work takes about four, quadratic sixteen).
 */
class PathologicalMarkdownTest {
    private static final int SMALL = 10_000;
    private static final double MAX_RATIO = 8.0;

    static java.util.stream.Stream<Arguments> inputs() {
        return java.util.stream.Stream.of(
                Arguments.of("open brackets", (IntFunction<String>) n -> "[".repeat(n)),
                Arguments.of("emphasis runs", (IntFunction<String>) n -> "*a **a ".repeat(n)),
                Arguments.of("nested block quotes", (IntFunction<String>) n -> "> ".repeat(n / 10) + "x"),
                Arguments.of("nested lists", (IntFunction<String>) n -> "- ".repeat(n / 10) + "x"),
                Arguments.of("one very long line", (IntFunction<String>) n -> "word ".repeat(n * 4)),
                Arguments.of("many links", (IntFunction<String>) n -> "[a](b) ".repeat(n)),
                Arguments.of("backtick runs", (IntFunction<String>) n -> "`".repeat(n) + "x" + "``".repeat(n / 2)),
                Arguments.of("unclosed html", (IntFunction<String>) n -> "<div>".repeat(n)),
                Arguments.of("undefined notes", (IntFunction<String>) n -> "a[^x] ".repeat(n)),
                Arguments.of("quotation marks", (IntFunction<String>) n -> "\"a \" “b ”".repeat(n)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void buildsInTimeLinearInItsSize(String name, IntFunction<String> input) {
        MarkdownParser parser = new MarkdownParser();
        BodyRenderer renderer = new BodyRenderer();
        String small = input.apply(SMALL);
        String large = input.apply(SMALL * 4);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            time(parser, renderer, small);
        }
        // The machine is shared: a round spoilt by another process is measured again, up to three
        // rounds. Quadratic work (sixteen times) fails every round.
        long smallNanos = Long.MAX_VALUE;
        long largeNanos = Long.MAX_VALUE;
        double ratio = Double.MAX_VALUE;
        for (int round = 0; round < 3 && ratio >= MAX_RATIO; round++) {
            smallNanos = Long.MAX_VALUE;
            largeNanos = Long.MAX_VALUE;
            for (int run = 0; run < 5; run++) {
                smallNanos = Math.min(smallNanos, time(parser, renderer, small));
                largeNanos = Math.min(largeNanos, time(parser, renderer, large));
            }
            ratio = (double) largeNanos / Math.max(smallNanos, 1);
        }
        assertThat(ratio).as("%s: %d ms for 4x the input against %d ms", name, largeNanos / 1_000_000, smallNanos / 1_000_000)
                .isLessThan(MAX_RATIO);
    }

    private static long time(MarkdownParser parser, BodyRenderer renderer, String markdown) {
        long started = System.nanoTime();
        renderer.render(new EntityKey(Kind.ARTICLE, "a"), parser.parse("a.md", new Body(markdown, 1), new Diagnostics()).tree());
        return System.nanoTime() - started;
    }
}
