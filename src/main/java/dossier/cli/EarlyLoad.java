package dossier.cli;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.load.ContentLoader;
import dossier.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code content/} being read in the second JVM before its command line is parsed, from the
 * listing the first JVM hands over: the listing is awaited and the files read, on both cores,
 * while picocli builds its model of the commands, which takes it 0.15-0.2 s of one core at
 * every start.
 */
final class EarlyLoad {
    private final Path folder;
    private final CompletableFuture<Optional<ContentLoader.Listing>> listing;
    // The files as read, until they are handed over: a build lets go of their text once it has
    // parsed the bodies, which it could not do were they also kept here (78 MB at 10,000 articles).
    private final AtomicReference<CompletableFuture<Optional<Read>>> reading;

    /** What reading the listed files gave. */
    private record Read(List<SourceFile> files, List<Diagnostic> diagnostics) {
    }

    private EarlyLoad(Path folder, CompletableFuture<Optional<ContentLoader.Listing>> listing,
                      CompletableFuture<Optional<Read>> reading) {
        this.folder = folder;
        this.listing = listing;
        this.reading = new AtomicReference<>(reading);
    }

    static EarlyLoad start(WorkerJvm.Handover handover) {
        CompletableFuture<Optional<ContentLoader.Listing>> listing = new CompletableFuture<>();
        CompletableFuture<Optional<Read>> reading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                Optional<ContentLoader.Listing> listed = handover.listing();
                listing.complete(listed);
                reading.complete(listed.map(entries -> {
                    Diagnostics diagnostics = new Diagnostics();
                    List<SourceFile> read = new ContentLoader().load(handover.folder(), entries, diagnostics);
                    return new Read(read, diagnostics.sorted());
                }));
            } catch (RuntimeException | Error e) {
                listing.completeExceptionally(e);
                reading.completeExceptionally(e);
            }
        }, "dossier-early-load");
        thread.setDaemon(true);
        thread.start();
        return new EarlyLoad(handover.folder(), listing, reading);
    }

    Path folder() {
        return folder;
    }

    /** The listing handed over; empty where none was, and the command must walk {@code content/} itself. */
    Optional<ContentLoader.Listing> listing() {
        try {
            return listing.join();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The files read, their problems added to {@code diagnostics}, handed over once; empty where
     * no listing was handed over, where they were asked for before, or where reading them failed
     * in a way a load of its own would have to meet again, and report.
     */
    Optional<List<SourceFile>> files(Diagnostics diagnostics) {
        CompletableFuture<Optional<Read>> handed = reading.getAndSet(null);
        if (handed == null) {
            return Optional.empty();
        }
        Optional<Read> read;
        try {
            read = handed.join();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        read.ifPresent(files -> files.diagnostics().forEach(diagnostics::add));
        return read.map(Read::files);
    }
}
