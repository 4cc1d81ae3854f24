package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import dossier.diagnostic.Diagnostics;
import dossier.load.ContentLoader;
import dossier.load.SourceFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second JVM reads {@code content/} from the listing the first hands over while picocli
 * starts; the build is given those files once, and they are not kept beside it.
 */
class EarlyLoadTest {
    @TempDir
    Path folder;

    @Test
    void theFilesReadEarlyAreThoseALoadReadsHandedOverOnceAndNotKept() throws Exception {
        Path source = TestDossier.copyOf("basic", folder).folder().toAbsolutePath().normalize();
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        WorkerJvm.Handover.sendFolder(source, sent);
        WorkerJvm.Handover.sendListing(ContentLoader.list(source), sent);

        EarlyLoad early = EarlyLoad.start(WorkerJvm.Handover.receive(new ByteArrayInputStream(sent.toByteArray())));

        assertThat(early.listing()).contains(ContentLoader.list(source));
        Optional<List<SourceFile>> files = early.files(new Diagnostics());
        List<SourceFile> loaded = new ContentLoader().load(source, new Diagnostics());
        assertThat(files).isPresent();
        assertThat(files.get()).extracting(SourceFile::path).isEqualTo(loaded.stream().map(SourceFile::path).toList());
        assertThat(files.get()).extracting(SourceFile::body).isEqualTo(loaded.stream().map(SourceFile::body).toList());

        // Asked for again there are none: the build that took them is the only one to hold them.
        assertThat(early.files(new Diagnostics())).isEmpty();
        WeakReference<SourceFile> first = new WeakReference<>(files.get().get(0));
        files = null;
        for (int i = 0; i < 20 && first.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(first.get()).as("a file read early, once the build let go of it").isNull();
        assertThat(early.listing()).isPresent();
    }
}
