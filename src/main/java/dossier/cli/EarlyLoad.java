package dossier.cli;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.load.ContentLoader;
import dossier.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code content/} being read in the second JVM before its command line is parsed, from the
 * listing the first JVM hands over: the listing is awaited and the files read, on both cores,
 * while picocli builds its model of the commands, which takes it 0.15-0.2 s of one core at
 * every start.
 */
final class EarlyLoad {
    private final Path folder;
    private final CompletableFuture<Optional<Read>> reading;

    /** The listing handed over and what reading its files gave. */
    private record Read(ContentLoader.Listing listing, List<SourceFile> files, List<Diagnostic> diagnostics) {
    }

    private EarlyLoad(Path folder, CompletableFuture<Optional<Read>> reading) {
        this.folder = folder;
        this.reading = reading;
    }

    static EarlyLoad start(WorkerJvm.Handover handover) {
        CompletableFuture<Optional<Read>> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                reading.complete(handover.listing().map(listing -> {
                    Diagnostics diagnostics = new Diagnostics();
                    List<SourceFile> files = new ContentLoader().load(handover.folder(), listing, diagnostics);
                    return new Read(listing, files, diagnostics.sorted());
                }));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "dossier-early-load");
        thread.setDaemon(true);
        thread.start();
        return new EarlyLoad(handover.folder(), reading);
    }

    Path folder() {
        return folder;
    }

    /** The listing handed over; empty where none was, and the command must walk {@code content/} itself. */
    Optional<ContentLoader.Listing> listing() {
        return read().map(Read::listing);
    }

    /**
     * The files read, their problems added to {@code diagnostics}; empty where no listing was
     * handed over, or reading its files failed in a way a load of its own would have to meet
     * again, and report.
     */
    Optional<List<SourceFile>> files(Diagnostics diagnostics) {
        Optional<Read> read = read();
        read.ifPresent(files -> files.diagnostics().forEach(diagnostics::add));
        return read.map(Read::files);
    }

    private Optional<Read> read() {
        try {
            return reading.join();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
