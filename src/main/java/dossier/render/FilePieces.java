package dossier.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A file of the site held as the pieces it is made of, in order, and served one after the other:
 * serve keeps the graph export so. Joined on every edit, the export (24.5 MB at 10,000 articles)
 * was a new array each time, large enough for G1 to allocate it in the old generation and start
 * marking the whole heap; with the copying, about a sixth of a title edit's CPU
 * (docs/benchmarks.md). The pieces are never changed once given.
 */
public record FilePieces(List<byte[]> pieces) {
    public FilePieces {
        pieces = List.copyOf(pieces);
    }

    /** The file's size in bytes. */
    public long length() {
        long length = 0;
        for (byte[] piece : pieces) {
            length += piece.length;
        }
        return length;
    }

    public void writeTo(OutputStream out) throws IOException {
        for (byte[] piece : pieces) {
            out.write(piece);
        }
    }

    /** The file whole, for the rare reader that needs it as one array. */
    public byte[] joined() {
        byte[] whole = new byte[Math.toIntExact(length())];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, whole, at, piece.length);
            at += piece.length;
        }
        return whole;
    }
}
