package dossier.cli;

import dossier.load.ContentLoader;
import dossier.model.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier new KIND ID}: a new content file with every field of its kind, explained. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create content/FOLDER/ID.md for a new article, outlet, person, quote, event, topic or page.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Parameters(index = "0", paramLabel = "KIND", description = "article, outlet, person, quote, event, topic or page")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "the new id: a-z, 0-9 and '-', e.g. dmitry-peskov")
    String id;

    @Override
    public Integer call() throws IOException {
        Kind parsed = Kind.byPrefix(kind.toLowerCase(Locale.ROOT)).orElseThrow(() -> usage(
                "unknown kind '" + kind + "'; use one of: "
                        + String.join(", ", Arrays.stream(Kind.values()).map(Kind::prefix).toList())));
        if (!ContentLoader.ID.matcher(id).matches() || id.length() > ContentLoader.MAX_ID_LENGTH) {
            throw usage("'" + id + "' is not a valid id: use a-z, 0-9 and '-', start with a letter or digit, at most "
                    + ContentLoader.MAX_ID_LENGTH + " characters");
        }
        Path folder = source.folder(spec).resolve(ContentLoader.CONTENT).resolve(parsed.folder());
        for (String extension : new String[] {".md", ".yaml"}) {
            if (Files.exists(folder.resolve(id + extension))) {
                throw usage("content/" + parsed.folder() + "/" + id + extension + " already exists; choose another id");
            }
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(id + ".md");
        Files.writeString(file, Scaffolds.of(parsed), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        spec.commandLine().getOut().println("created content/" + parsed.folder() + "/" + id + ".md; fill in the empty fields, then run 'dossier check'");
        return Main.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
