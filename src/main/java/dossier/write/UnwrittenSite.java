package dossier.write;

import dossier.render.SiteOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An output for {@code check} that writes nothing: a check of a site whose links all resolve
 * never reads a page back, so its 13,000 files need not be written and deleted again. Paths are
 * still refused as the staging folder refuses them. A page asked for (to locate a broken link)
 * is answered empty and noted: the check must then run again into a real folder for that
 * diagnostic's line and column.
 */
public final class UnwrittenSite implements SiteOutput {
    private final OutputGuard guard = new OutputGuard(Path.of("/unwritten-site"));
    private final AtomicBoolean pageWanted = new AtomicBoolean();

    @Override
    public void write(String path, byte[] content) {
        guard.resolve(path);
    }

    @Override
    public void writeStreaming(String path, Streamed content) {
        guard.resolve(path);
        try {
            // Made all the same, so that check fails wherever build would.
            content.writeTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] read(String path) {
        guard.resolve(path);
        pageWanted.set(true);
        return new byte[0];
    }

    /** Whether something asked to read a page back, and so got less than a written site gives. */
    public boolean pageWanted() {
        return pageWanted.get();
    }
}
