package dossier.cli;

import dossier.write.StagingFolder;
import dossier.write.UnwrittenSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dossier check}: everything {@code build} checks, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the dossier as a build would, and write nothing. For pull requests: --format github.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    SourceOptions source;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (path:line:col: error: message) or github (workflow commands that annotate the pull request); default ${DEFAULT-VALUE}.")
    DiagnosticPrinter.Format format;

    @Override
    public Integer call() {
        Pipeline.Result result;
        try {
            result = check();
        } catch (IOException | UncheckedIOException e) {
            String message = Main.ioProblem(e);
            spec.commandLine().getErr().println("dossier: cannot check: " + message);
            return Main.CONTENT_ERRORS;
        }
        DiagnosticPrinter.print(result.diagnostics(), format, spec.commandLine().getErr());
        if (result.failed()) {
            return Main.CONTENT_ERRORS;
        }
        if (format == DiagnosticPrinter.Format.text) {
            spec.commandLine().getOut().println("no errors");
        }
        return Main.OK;
    }

    /**
     * Renders every page and writes none: the link check reads a page back only to locate a
     * broken link. When it had to, the check runs again with the pages in a temporary folder, for
     * that diagnostic's line and column; the pipeline is deterministic, so the second run finds
     * the same problems.
     */
    private Pipeline.Result check() throws IOException {
        UnwrittenSite unwritten = new UnwrittenSite();
        Pipeline.Result result = new Pipeline().run(options(), main.earlyLoadOf(options().source()), unwritten);
        return unwritten.pageWanted() ? checkInScratchFolder() : result;
    }

    private Pipeline.Options options() {
        return new Pipeline.Options(source.folder(spec), Optional.empty(), false);
    }

    /** The pages go to a temporary folder that is removed afterwards. */
    private Pipeline.Result checkInScratchFolder() throws IOException {
        Path scratch = Files.createTempDirectory("dossier-check");
        try (StagingFolder staging = StagingFolder.open(scratch.resolve("site"))) {
            return new Pipeline().run(options(), main.earlyLoadOf(options().source()), staging);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
