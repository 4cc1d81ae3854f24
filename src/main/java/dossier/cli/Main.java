package dossier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dossier} command. Exit status: 0 success, 1 content or template errors, 2 usage
 * errors. Nothing an editor can do prints a Java stack trace.
 */
@Command(name = "dossier",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a cross-linked website of sources, quotes and background from an annotated dossier.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 content or template errors, 2 usage errors."})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    // content/ as the first JVM listed it and this one began to read it, where a listing was handed over.
    private final Optional<EarlyLoad> early;

    Main() {
        this(Optional.empty());
    }

    private Main(Optional<EarlyLoad> early) {
        this.early = early;
    }

    /** The dossier folder's content/ as listed, and being read, before this command ran, if it was. */
    Optional<EarlyLoad> earlyLoadOf(Path folder) {
        return early.filter(load -> load.folder().equals(folder));
    }

    /** What went wrong in an I/O failure, told by the file system, unwrapped when it came unchecked. */
    static String ioProblem(Exception e) {
        return e.getCause() instanceof java.io.IOException cause ? cause.getMessage() : e.getMessage();
    }

    public static void main(String[] args) {
        Optional<WorkerJvm.Options> worker = WorkerJvm.wanted(args);
        if (worker.isPresent()) {
            int status = WorkerJvm.relaunch(worker.get(), args);
            if (status >= 0) {
                System.exit(status);
            }
        }
        Optional<EarlyLoad> early = WorkerJvm.handover().map(EarlyLoad::start);
        WorkerJvm.followParent();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(new Main(early), out, err, args));
    }

    /** Runs the command line as {@code main} would, with the given output streams; returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new Main(), out, err, args);
    }

    private static int run(Main main, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(main)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((exception, cmd, parsed) -> {
                    if (exception instanceof CommandLine.ParameterException usage) {
                        throw usage;
                    }
                    cmd.getErr().println("dossier: internal error: " + exception
                            + " (this is a bug in dossier, not in your content; please report it)");
                    if (System.getenv("DOSSIER_DEBUG") != null) {
                        exception.printStackTrace(cmd.getErr());
                    }
                    return CONTENT_ERRORS;
                });
        int status;
        try {
            status = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler; the editor still gets a sentence, not a trace.
            err.println("dossier: out of memory while building; give Java more, for example "
                    + "java -Xmx2g -jar dossier.jar " + String.join(" ", args));
            status = CONTENT_ERRORS;
        }
        out.flush();
        err.flush();
        return status;
    }

    /** Without a command, say what the commands are; that is a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: build, check, serve or new");
    }

    /** The version Maven wrote into the jar's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/dossier/version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"dossier " + properties.getProperty("version", "unknown")};
        }
    }
}
