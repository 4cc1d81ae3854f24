package dossier.cli;

import dossier.write.StagingFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier build}: the site into the output folder, swapped in only when everything succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the site from content/ into the output folder. On any error the previous site is left as it was.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    SourceOptions source;

    @Option(names = "--out", paramLabel = "DIR", description = "The output folder (default: SOURCE/site).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The address the site is published at, e.g. https://user.github.io/repo/ (default: base_url of dossier.yaml).")
    String baseUrl;

    @Option(names = "--drafts", description = "Publish entities marked 'draft: true' too.")
    boolean drafts;

    @Override
    public Integer call() {
        Path folder = source.folder(spec);
        Path target = out == null ? folder.resolve("site") : out.toAbsolutePath().normalize();
        OutputFolderRule.check(spec, folder, target);
        Optional<String> base = Optional.ofNullable(baseUrl).map(this::checkedBaseUrl);
        long started = System.nanoTime();
        try (StagingFolder staging = StagingFolder.open(target)) {
            Pipeline.Options options = new Pipeline.Options(folder, base, drafts);
            Pipeline.Result result = new Pipeline().run(options, main.earlyLoadOf(folder), staging);
            DiagnosticPrinter.print(result.diagnostics(), DiagnosticPrinter.Format.text, spec.commandLine().getErr());
            if (result.failed()) {
                spec.commandLine().getErr().println("build failed; " + display(folder, target) + " was left as it was");
                return Main.CONTENT_ERRORS;
            }
            staging.commit();
            long millis = (System.nanoTime() - started) / 1_000_000;
            spec.commandLine().getOut().printf("built %d files into %s in %d ms%n", staging.files(), display(folder, target), millis);
            return Main.OK;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            String message = Main.ioProblem(e);
            spec.commandLine().getErr().println(display(folder, target) + ": error: cannot write the site: " + message);
            return Main.CONTENT_ERRORS;
        }
    }

    private String checkedBaseUrl(String url) {
        try {
            URI uri = new URI(url);
            if ((uri.getScheme() == null || !uri.getScheme().matches("https?")) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException();
            }
        } catch (Exception e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--base-url must be an http or https address such as https://user.github.io/repo/, not '" + url + "'");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    static String display(Path folder, Path target) {
        return target.startsWith(folder) && !target.equals(folder)
                ? folder.relativize(target).toString().replace('\\', '/') : target.toString();
    }

    /** Refuses output folders whose replacement would destroy something that is not a built site. */
    static final class OutputFolderRule {
        private OutputFolderRule() {
        }

        static void check(CommandSpec spec, Path source, Path target) {
            Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
            String problem = null;
            if (target.getParent() == null) {
                problem = "is the file system root";
            } else if (target.equals(home)) {
                problem = "is your home folder";
            } else if (source.startsWith(target)) {
                problem = "holds the dossier itself";
            } else if (target.startsWith(source.resolve("content")) || target.startsWith(source.resolve("templates"))) {
                problem = "is inside content/ or templates/";
            } else if (Files.isRegularFile(target)) {
                problem = "is a file";
            }
            if (problem != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--out " + target + " " + problem + "; choose a folder of its own, such as SOURCE/site");
            }
        }
    }
}
