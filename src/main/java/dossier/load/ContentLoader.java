package dossier.load;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.parallel.EveryCore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first stage: walks {@code content/} of a dossier folder and reads every content file,
 * in path order. Every problem becomes a diagnostic and the walk goes on, so one run reports
 * them all. Symbolic links are refused outright: nothing outside the dossier is ever read.
 * Files are read and their YAML parsed on every core; what comes out is in path order whatever
 * the number of threads.
 */
public final class ContentLoader {
    /** Content folder name inside a dossier folder. */
    public static final String CONTENT = "content";
    /** Ids are file names: lower-case, digits and hyphens, so they are safe in paths and URLs. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    public static final int MAX_ID_LENGTH = 80;
    /** Larger files are refused before they are read, to keep memory bounded. */
    public static final long MAX_FILE_BYTES = 8L << 20;
    // Files looked up per collection folder by estimatedBytes: 10,000 articles of a few kilobytes
    // each are estimated within 1 % from 128 of them.
    private static final int SAMPLED_PER_FOLDER = 128;

    // A listing's order, which relisted() searches in: written out, not Comparator.comparing,
    // whose calls never inline (a listing sorts 13,000 files in a JVM just started).
    private static final Comparator<Listed> IN_PATH_ORDER = (a, b) -> a.file().compareTo(b.file());

    private final YamlReader yaml = new YamlReader();
    // What the previous load was given and gave; only kept by a loader made by remembering().
    private final boolean remembers;
    private volatile Loaded last;

    /** One file as read: what its size and modification time were, and what reading it gave. */
    private record Read(long size, FileTime modified, Optional<SourceFile> source, List<Diagnostic> diagnostics) {
    }

    /**
     * A load: the files listed, each one's read in the same order, the files it gave, and where
     * in those each read's file stands (-1 for none).
     */
    private record Loaded(List<Listed> files, List<Read> reads, List<SourceFile> loaded, int[] positions) {
    }

    /** A loader for one build. */
    public ContentLoader() {
        this(false);
    }

    private ContentLoader(boolean remembers) {
        this.remembers = remembers;
    }

    /**
     * A loader for serve's repeated builds: a file whose size and modification time are those of
     * the last load is not read again. serve notices changes by the same two facts.
     */
    public static ContentLoader remembering() {
        return new ContentLoader(true);
    }

    /**
     * What a walk of {@code content/} found: each file with its size and modification time, in
     * path order, and the problems met on the way. Two equal listings mean that nothing in
     * {@code content/} changed, which is how serve notices an edit.
     */
    public record Listing(List<Listed> files, List<Diagnostic> diagnostics) {
        public Listing {
            files = List.copyOf(files);
            diagnostics = List.copyOf(diagnostics);
        }

        /** The bytes of all files listed. */
        public long bytes() {
            return files.stream().mapToLong(Listed::size).sum();
        }

        /**
         * Writes a listing with no problems, for another process to {@link #read} instead of
         * walking {@code content/} again: each file's path, size and modification time.
         */
        public void write(OutputStream out) throws IOException {
            if (!diagnostics.isEmpty()) {
                throw new IllegalStateException("a listing with problems is made again where it is needed");
            }
            DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
            data.writeInt(files.size());
            for (Listed file : files) {
                data.writeUTF(file.path());
                data.writeLong(file.size());
                data.writeLong(file.modified().toInstant().getEpochSecond());
                data.writeInt(file.modified().toInstant().getNano());
            }
            data.flush();
        }

        /** A listing {@link #write written} for the dossier folder {@code root}. */
        public static Listing read(InputStream in, Path root) throws IOException {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            int count = data.readInt();
            List<Listed> files = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String path = data.readUTF();
                long size = data.readLong();
                FileTime modified = FileTime.from(Instant.ofEpochSecond(data.readLong(), data.readInt()));
                files.add(new Listed(root.resolve(path), path, size, modified));
            }
            return new Listing(files, List.of());
        }
    }

    /** A file found by the walk, with the size and modification time the walk saw. */
    public record Listed(Path file, String path, long size, FileTime modified) {
    }

    /** Walks {@code content/} of a dossier folder; reads no file. */
    public static Listing list(Path dossierFolder) {
        Diagnostics diagnostics = new Diagnostics();
        Path content = dossierFolder.resolve(CONTENT);
        if (Files.isSymbolicLink(content)) {
            diagnostics.error(CONTENT, 1, 1, "content/ is a symbolic link", "make it a real folder inside the dossier");
            return new Listing(List.of(), diagnostics.sorted());
        }
        if (!Files.isDirectory(content)) {
            diagnostics.error(CONTENT, 1, 1, "there is no content/ folder here",
                    "run the command in a dossier folder, or pass --source DIR");
            return new Listing(List.of(), diagnostics.sorted());
        }
        List<Listed> files = listFiles(dossierFolder, content, diagnostics);
        return new Listing(files, diagnostics.sorted());
    }

    /**
     * About how many bytes the files of {@code content/} hold, for sizing a heap before they are
     * listed: every name in {@code content/} and in each folder in it is read, but only some of
     * each folder's files (at most {@value #SAMPLED_PER_FOLDER}, evenly spread) are looked up,
     * and the rest taken to be of their average size. A JVM just started estimates the 13,000
     * files of a 10,000-article dossier so in a quarter of the time {@link #list} takes, which
     * looks up every one. Files and folders {@link #list} passes over (hidden ones, links) count
     * for nothing, as does a folder within a collection, which the build reports.
     */
    public static long estimatedBytes(Path dossierFolder) {
        Path content = dossierFolder.resolve(CONTENT);
        if (!attributes(content).map(BasicFileAttributes::isDirectory).orElse(false)) {
            return 0; // a link or nothing: the build reports it, and reads nothing
        }
        long bytes = 0;
        for (String name : names(content)) {
            Path entry = content.resolve(name);
            Optional<BasicFileAttributes> attributes = attributes(entry);
            if (attributes.isPresent() && attributes.get().isDirectory()) {
                bytes += estimatedBytesIn(entry);
            } else if (attributes.isPresent() && attributes.get().isRegularFile()) {
                bytes += attributes.get().size();
            }
        }
        return bytes;
    }

    private static long estimatedBytesIn(Path folder) {
        List<String> names = names(folder);
        int stride = Math.max(1, names.size() / SAMPLED_PER_FOLDER);
        long sampled = 0;
        int looked = 0;
        for (int i = 0; i < names.size(); i += stride) {
            sampled += attributes(folder.resolve(names.get(i))).filter(BasicFileAttributes::isRegularFile)
                    .map(BasicFileAttributes::size).orElse(0L);
            looked++;
        }
        return looked == 0 ? 0 : sampled * names.size() / looked;
    }

    /**
     * The names in a folder but hidden ones; none where it cannot be read. From
     * {@link java.io.File#list}, which gives them all in one call, where a directory stream makes
     * a path of each: half the estimate's time in a JVM just started.
     */
    private static List<String> names(Path folder) {
        String[] names = folder.toFile().list();
        if (names == null) {
            return List.of();
        }
        List<String> visible = new ArrayList<>(names.length);
        for (String name : names) {
            if (!name.startsWith(".")) {
                visible.add(name);
            }
        }
        return visible;
    }

    /** A path's own attributes, a link's not followed; empty where it cannot be looked up. */
    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public List<SourceFile> load(Path dossierFolder, Diagnostics diagnostics) {
        return load(dossierFolder, list(dossierFolder), diagnostics);
    }

    /** Reads the files of a listing made by {@link #list} of the same folder. */
    public List<SourceFile> load(Path dossierFolder, Listing listing, Diagnostics diagnostics) {
        listing.diagnostics().forEach(diagnostics::add);
        List<Listed> files = listing.files();
        Loaded before = last;
        Optional<Loaded> patched = before == null ? Optional.empty() : patched(dossierFolder, before, files);
        if (patched.isPresent()) {
            patched.get().reads().forEach(read -> read.diagnostics().forEach(diagnostics::add));
            last = patched.get();
            return patched.get().loaded();
        }
        Map<String, Read> lastLoad = new HashMap<>();
        if (before != null) {
            for (int i = 0; i < before.files().size(); i++) {
                lastLoad.put(before.files().get(i).path(), before.reads().get(i));
            }
        }
        List<Read> reads = EveryCore.map(files, file -> {
            Read read = lastLoad.get(file.path());
            return read != null && unchanged(read, file) ? read : read(dossierFolder, file);
        });
        List<SourceFile> loaded = new ArrayList<>();
        int[] positions = new int[reads.size()];
        Map<String, String> seen = new HashMap<>();
        boolean unique = true;
        for (int i = 0; i < reads.size(); i++) {
            Read read = reads.get(i);
            read.diagnostics().forEach(diagnostics::add);
            positions[i] = -1;
            if (read.source().isPresent()) {
                SourceFile source = read.source().get();
                String key = source.collection() + "/" + source.id();
                String earlier = seen.putIfAbsent(key, source.path());
                if (earlier != null) {
                    diagnostics.error(source.path(), 1, 1, "the id '" + source.id() + "' is also used by " + earlier,
                            "ids must be unique in a collection; rename one file");
                    unique = false;
                } else {
                    positions[i] = loaded.size();
                    loaded.add(source);
                }
            }
        }
        List<SourceFile> made = List.copyOf(loaded);
        // A load that reported a shared id is not patched: the report must be made again.
        last = remembers && unique ? new Loaded(files, reads, made, positions) : null;
        return made;
    }

    /**
     * The next load from the last, when the same files are listed in the same order and each
     * still gives a file or still does not: only those whose size or time changed are read, and
     * the files are the last load's with theirs replaced. serve lists 13,000 files after each
     * save at 10,000 articles, and one of them has changed.
     */
    private Optional<Loaded> patched(Path dossierFolder, Loaded before, List<Listed> files) {
        if (files.size() != before.files().size()) {
            return Optional.empty();
        }
        List<Read> reads = before.reads();
        List<SourceFile> loaded = before.loaded();
        for (int i = 0; i < files.size(); i++) {
            Listed now = files.get(i);
            Listed was = before.files().get(i);
            if (now == was) {
                continue;
            }
            if (!now.path().equals(was.path())) {
                return Optional.empty();
            }
            if (unchanged(before.reads().get(i), now)) {
                continue;
            }
            Read read = read(dossierFolder, now);
            int at = before.positions()[i];
            if (read.source().isPresent() != at >= 0) {
                return Optional.empty();
            }
            reads = reads == before.reads() ? new ArrayList<>(reads) : reads;
            reads.set(i, read);
            if (at >= 0) {
                loaded = loaded == before.loaded() ? new ArrayList<>(loaded) : loaded;
                loaded.set(at, read.source().get());
            }
        }
        return Optional.of(new Loaded(files, reads, loaded == before.loaded() ? loaded : List.copyOf(loaded),
                before.positions()));
    }

    private static boolean unchanged(Read read, Listed file) {
        return read.size() == file.size() && read.modified().equals(file.modified());
    }

    private Read read(Path dossierFolder, Listed file) {
        Diagnostics found = new Diagnostics();
        return new Read(file.size(), file.modified(), readFile(dossierFolder, file.file(), found), found.sorted());
    }

    /**
     * The listing a walk of {@code content/} would give now, made from the last one by looking
     * again only at the paths the file system told of: for serve, where walking 13,000 files after
     * every save took longer than rebuilding what one edit touches. Empty where only a walk can
     * tell: a told path is a folder or anything but a plain file (a link must be reported as the
     * walk reports it), or the last listing had problems of its own. A told path that is gone
     * takes everything listed under it along, as a folder moved away does.
     *
     * @param told paths under the dossier folder, as the file system named them; those outside
     *             {@code content/} are passed over
     */
    public static Optional<Listing> relisted(Path dossierFolder, Listing last, Collection<Path> told) {
        if (!last.diagnostics().isEmpty()) {
            return Optional.empty();
        }
        Path content = dossierFolder.resolve(CONTENT);
        // Kept in the walk's order, in place: a told file found by halving the list, not 13,000
        // paths sorted again after every save.
        List<Listed> files = new ArrayList<>(last.files());
        for (Path path : told) {
            if (path.equals(content)) {
                return Optional.empty(); // content/ itself came, went or was replaced
            }
            if (!path.startsWith(content)) {
                continue;
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException gone) {
                files.removeIf(file -> file.file().startsWith(path));
                continue;
            } catch (IOException e) {
                return Optional.empty();
            }
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            // A probe with only the file set: the order looks at nothing else.
            int at = Collections.binarySearch(files, new Listed(path, "", 0, null), IN_PATH_ORDER);
            if (at >= 0) {
                files.remove(at);
            }
            if (listed(content, path)) {
                files.add(at >= 0 ? at : -(at + 1),
                        new Listed(path, relative(dossierFolder, path), attributes.size(), attributes.lastModifiedTime()));
            }
        }
        return Optional.of(new Listing(files, List.of()));
    }

    /**
     * Whether the walk lists a plain file: not hidden, and in no hidden folder under
     * {@code content/} (editors and version control keep their own files there).
     */
    private static boolean listed(Path content, Path file) {
        for (Path name : content.relativize(file)) {
            if (name.toString().startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private static List<Listed> listFiles(Path root, Path content, Diagnostics diagnostics) {
        List<Listed> files = new ArrayList<>();
        // Each file's path relative to the dossier folder cut from its text, not found by
        // relativizing: build lists 13,000 files at 10,000 articles in a JVM just started, where
        // relativizing each twice was a third of the listing's 0.3 s.
        String separator = root.getFileSystem().getSeparator();
        String rootText = root.toString();
        String prefix = rootText.isEmpty() || rootText.endsWith(separator) ? rootText : rootText + separator;
        try {
            Files.walkFileTree(content, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(content) && dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String text = file.toString();
                    String relative = text.startsWith(prefix) ? text.substring(prefix.length()).replace('\\', '/')
                            : relative(root, file);
                    if (attrs.isSymbolicLink()) {
                        diagnostics.error(relative, 1, 1, "symbolic links are not allowed in content/",
                                "replace the link with the file itself");
                    } else if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        // Folders whose names start with a dot are not walked (above): only the file's own name is left.
                        files.add(new Listed(file, relative, attrs.size(), attrs.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.error(relative(root, file), 1, 1, "cannot read: " + e.getMessage(), "");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diagnostics.error(CONTENT, 1, 1, "cannot list content/: " + e.getMessage(), "");
        }
        files.sort(IN_PATH_ORDER);
        return files;
    }

    private Optional<SourceFile> readFile(Path root, Path file, Diagnostics diagnostics) {
        String path = relative(root, file);
        String[] parts = path.split("/");
        if (parts.length > 3) {
            diagnostics.error(path, 1, 1, "content files must be directly inside a collection folder",
                    "move it to content/" + parts[1] + "/" + parts[parts.length - 1]);
            return Optional.empty();
        }
        String collection = parts.length == 3 ? parts[1] : "";
        String name = parts[parts.length - 1];
        Format format;
        String id;
        if (name.endsWith(".md")) {
            format = Format.MARKDOWN;
            id = name.substring(0, name.length() - 3);
        } else if (name.endsWith(".yaml")) {
            format = Format.YAML;
            id = name.substring(0, name.length() - 5);
        } else if (name.endsWith(".yml")) {
            diagnostics.error(path, 1, 1, "metadata files end in .yaml", "rename it to " + name.replaceAll("\\.yml$", ".yaml"));
            return Optional.empty();
        } else {
            diagnostics.error(path, 1, 1, "not a content file", "content files end in .md or .yaml");
            return Optional.empty();
        }
        if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            diagnostics.error(path, 1, 1, "'" + id + "' is not a valid id",
                    "ids use a-z, 0-9 and '-', start with a letter or digit, and have at most "
                            + MAX_ID_LENGTH + " characters; try '" + suggestId(id) + "'");
            return Optional.empty();
        }
        byte[] bytes;
        // Its size asked of the file opened, not of its path before: at 10,000 articles a second
        // look up of 13,000 paths was a tenth of the load stage's CPU.
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            if (size > MAX_FILE_BYTES) {
                diagnostics.error(path, 1, 1, "the file is " + size + " bytes, over the limit of " + MAX_FILE_BYTES,
                        "split it into smaller files");
                return Optional.empty();
            }
            ByteBuffer read = ByteBuffer.allocate((int) size);
            while (read.hasRemaining()) {
                if (channel.read(read) < 0) {
                    break; // cut short since it was opened: read as far as it goes, and the watcher tells of the change
                }
            }
            bytes = read.hasRemaining() ? Arrays.copyOf(read.array(), read.position()) : read.array();
        } catch (IOException e) {
            diagnostics.error(path, 1, 1, "cannot read: " + e.getMessage(), "");
            return Optional.empty();
        }
        Optional<String> text = TextDecoder.decode(path, bytes, diagnostics);
        if (text.isEmpty()) {
            return Optional.of(unreadable(path, collection, id, format));
        }
        return Optional.of(format == Format.YAML
                ? readYaml(path, collection, id, text.get(), diagnostics)
                : readMarkdown(path, collection, id, text.get(), diagnostics));
    }

    private SourceFile readYaml(String path, String collection, String id, String text, Diagnostics diagnostics) {
        return yaml.read(path, text, 1, diagnostics)
                .map(map -> new SourceFile(path, collection, id, Format.YAML, map, "", 1, true))
                .orElseGet(() -> unreadable(path, collection, id, Format.YAML));
    }

    private SourceFile readMarkdown(String path, String collection, String id, String text, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatter.split(path, text, diagnostics);
        if (split.isEmpty()) {
            return unreadable(path, collection, id, Format.MARKDOWN);
        }
        FrontMatter front = split.get();
        return yaml.read(path, front.yaml(), 2, diagnostics)
                .map(map -> new SourceFile(path, collection, id, Format.MARKDOWN, map, front.body(), front.bodyLine(), true))
                .orElseGet(() -> unreadable(path, collection, id, Format.MARKDOWN));
    }

    private static SourceFile unreadable(String path, String collection, String id, Format format) {
        return new SourceFile(path, collection, id, format, YamlMap.empty(1, 1), "", 1, false);
    }

    static String suggestId(String name) {
        String suggestion = name.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (suggestion.length() > MAX_ID_LENGTH) {
            suggestion = suggestion.substring(0, MAX_ID_LENGTH).replaceAll("-+$", "");
        }
        return suggestion.isEmpty() ? "my-id" : suggestion;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
