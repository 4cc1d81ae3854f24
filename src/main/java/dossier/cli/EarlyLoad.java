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
 * listing the first JVM handed over: the files are read, on both cores, while picocli builds its
 * model of the commands, which takes it 0.15-0.2 s of one core at every start.
 */
final class EarlyLoad {
    private final WorkerJvm.HandedListing handed;
    private final CompletableFuture<Read> reading;

    private record Read(List<SourceFile> files, List<Diagnostic> diagnostics) {
    }

    private EarlyLoad(WorkerJvm.HandedListing handed, CompletableFuture<Read> reading) {
        this.handed = handed;
        this.reading = reading;
    }

    static EarlyLoad start(WorkerJvm.HandedListing handed) {
        CompletableFuture<Read> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Diagnostics diagnostics = new Diagnostics();
                List<SourceFile> files = new ContentLoader().load(handed.folder(), handed.listing(), diagnostics);
                reading.complete(new Read(files, diagnostics.sorted()));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "dossier-early-load");
        thread.setDaemon(true);
        thread.start();
        return new EarlyLoad(handed, reading);
    }

    Path folder() {
        return handed.folder();
    }

    ContentLoader.Listing listing() {
        return handed.listing();
    }

    /**
     * The files read, their problems added to {@code diagnostics}; empty where reading them failed
     * in a way a load of its own would have to meet again, and report.
     */
    Optional<List<SourceFile>> files(Diagnostics diagnostics) {
        Read read;
        try {
            read = reading.join();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        read.diagnostics().forEach(diagnostics::add);
        return Optional.of(read.files());
    }
}
