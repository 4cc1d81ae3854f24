package dossier.bench;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds of dossier, each from its own jar in a class loader of its own, parse and render the
 * same article bodies by turns in one JVM, and the CPU time of each round is compared as a ratio.
 * On a shared machine whose speed drifts from one minute to the next, whole builds a few seconds
 * apart differ by more than most changes to one stage do; rounds a second apart, in one process,
 * with each jar's code compiled by the same compiler, tell about 1 % apart (the same jar against
 * itself gives 0.99-1.01). Run by {@code bench/markdown-ab.sh}.
 *
 * <p>Arguments: the two jars, the folder of the bodies ({@code content/articles} of a synthetic
 * dossier), how many bodies, how many rounds. It calls only the markdown stage's public methods,
 * by reflection, so that both jars need only have those.
 */
public final class MarkdownSideBySide {
    private static final int WARM_UP_ROUNDS = 3;

    /** One jar's markdown stage: parses each body and renders its HTML, as a build does. */
    private static final class Stage {
        private final Object parser;
        private final Object renderer;
        private final Method parse;
        private final Method tree;
        private final Method render;
        private final Constructor<?> body;
        private final Constructor<?> diagnostics;
        private final Object key;

        Stage(Path jar) throws ReflectiveOperationException, java.net.MalformedURLException {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> parserClass = loader.loadClass("dossier.markdown.MarkdownParser");
            Class<?> bodyClass = loader.loadClass("dossier.model.Body");
            Class<?> diagnosticsClass = loader.loadClass("dossier.diagnostic.Diagnostics");
            Class<?> rendererClass = loader.loadClass("dossier.render.BodyRenderer");
            Class<?> keyClass = loader.loadClass("dossier.model.EntityKey");
            Class<?> kindClass = loader.loadClass("dossier.model.Kind");
            Class<?> treeClass = loader.loadClass("dossier.markdown.BodyTree");
            parser = parserClass.getConstructor().newInstance();
            renderer = rendererClass.getConstructor().newInstance();
            parse = parserClass.getMethod("parse", String.class, bodyClass, diagnosticsClass);
            tree = parse.getReturnType().getMethod("tree");
            render = rendererClass.getMethod("render", keyClass, treeClass);
            body = bodyClass.getConstructor(String.class, int.class);
            diagnostics = diagnosticsClass.getConstructor();
            key = keyClass.getConstructor(kindClass, String.class).newInstance(kindClass.getField("ARTICLE").get(null), "a");
        }

        void run(List<String> paths, List<String> bodies) throws ReflectiveOperationException {
            for (int i = 0; i < bodies.size(); i++) {
                Object parsed = parse.invoke(parser, paths.get(i), body.newInstance(bodies.get(i), 1), diagnostics.newInstance());
                render.invoke(renderer, key, tree.invoke(parsed));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || Integer.parseInt(args[4]) <= WARM_UP_ROUNDS) {
            System.err.println("usage: MarkdownSideBySide A.jar B.jar BODIES_FOLDER COUNT ROUNDS (more than "
                    + WARM_UP_ROUNDS + ")");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[2]))) {
            files = walk.filter(path -> path.toString().endsWith(".md")).sorted().limit(Integer.parseInt(args[3])).toList();
        }
        List<String> paths = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            paths.add(file.toString());
            // The body after the front matter, as the load stage hands it on.
            bodies.add(text.startsWith("---") ? text.substring(text.indexOf("\n---", 3) + 4) : text);
        }
        Stage[] stages = {new Stage(Path.of(args[0])), new Stage(Path.of(args[1]))};
        int rounds = Integer.parseInt(args[4]);
        long[][] cpuMillis = new long[2][rounds];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            // A, B, then B, A: neither jar always runs second, in a heap the other just filled.
            for (int turn = 0; turn < 2; turn++) {
                int which = round % 2 == 0 ? turn : 1 - turn;
                long start = threads.getCurrentThreadCpuTime();
                stages[which].run(paths, bodies);
                cpuMillis[which][round] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = WARM_UP_ROUNDS; round < rounds; round++) {
            ratios.add((double) cpuMillis[1][round] / cpuMillis[0][round]);
        }
        Collections.sort(ratios);
        System.out.println("A " + args[0] + ", CPU ms per round: " + Arrays.toString(cpuMillis[0]));
        System.out.println("B " + args[1] + ", CPU ms per round: " + Arrays.toString(cpuMillis[1]));
        System.out.printf("B / A, median of the rounds after %d to warm up: %.3f (%.3f-%.3f)%n", WARM_UP_ROUNDS,
                ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    }
}
