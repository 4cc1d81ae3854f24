package dossier.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.SortedMap;

/**
 * Where the render stage puts each file of the site as soon as it is made, so that a site of
 * thousands of pages is never held in memory whole: the build writes to a staging folder, the
 * preview server keeps files in memory. Called from several threads at once, once for each path.
 */
public interface SiteOutput {
    /**
     * @param path the file's path relative to the site root, such as {@code articles/x/index.html}
     * @throws java.io.UncheckedIOException when the file cannot be written
     * @throws IllegalArgumentException     when the path would leave the output folder
     */
    void write(String path, byte[] content);

    /** A file that writes itself to a stream as it is made. */
    @FunctionalInterface
    interface Streamed {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file as it is made: for one large enough (the graph export, tens of megabytes) that
     * holding it whole would raise the memory a build needs. By default it is made in memory and
     * then written as any other file.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     * @throws IllegalArgumentException     when the path would leave the output folder
     */
    default void writeStreaming(String path, Streamed content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(path, out.toByteArray());
    }

    /**
     * Writes a file held as pieces ({@link FilePieces}). By default they are joined and written as
     * any other file; an output that holds files in memory may keep the pieces as they are.
     */
    default void writePieces(String path, FilePieces file) {
        write(path, file.joined());
    }

    /** Writes an HTML page whose links and ids were recorded as it was rendered. */
    default void writePage(String path, byte[] html, PageLinks links) {
        write(path, html);
    }

    /**
     * Writes every file of a site kept whole between builds, as serve keeps the last one: an
     * output that holds files in memory may take the map as it is, which is never changed after.
     */
    default void writeAll(SortedMap<String, byte[]> files) {
        files.forEach(this::write);
    }

    /** A file written earlier in this build, for the rare diagnostic that must look inside one. */
    byte[] read(String path);
}
