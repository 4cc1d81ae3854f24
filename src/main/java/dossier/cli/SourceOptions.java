package dossier.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --source DIR} option that every command shares. */
final class SourceOptions {
    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "The dossier folder, holding content/ and optionally templates/ (default: ${DEFAULT-VALUE}).")
    Path source;

    /** The folder, made absolute; a usage error if it is not a folder. */
    Path folder(CommandSpec spec) {
        Path folder = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source " + source + " is not a folder");
        }
        return folder;
    }
}
