package dossier.load;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics();

    private List<SourceFile> load() {
        return new ContentLoader().load(folder, diagnostics);
    }

    private void write(String path, byte[] bytes) throws Exception {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void splitsFrontMatterAndKeepsTheBodysFirstLine() throws Exception {
        write("content/topics/talks.md", "---\ntitle: Talks\n---\n\nBody.\n".getBytes(StandardCharsets.UTF_8));
        SourceFile file = load().get(0);
        assertThat(file.collection()).isEqualTo("topics");
        assertThat(file.id()).isEqualTo("talks");
        assertThat(file.metadata().entry("title").orElseThrow().value()).isEqualTo(new YamlScalar("Talks", false, 2, 8));
        assertThat(file.body()).isEqualTo("\nBody.\n");
        assertThat(file.bodyLine()).isEqualTo(4);
    }

    @Test
    void readsByteOrderMarkAndCrlfWithPositionsIntact() throws Exception {
        write("content/people/crlf.yaml", "\uFEFFname: A\r\nalias: B\r\n".getBytes(StandardCharsets.UTF_8));
        SourceFile file = load().get(0);
        YamlMap.Entry alias = file.metadata().entry("alias").orElseThrow();
        assertThat(alias.line()).isEqualTo(2);
        assertThat(alias.column()).isEqualTo(1);
        assertThat(((YamlScalar) alias.value()).text()).isEqualTo("B");
    }

    @Test
    void reportsInvalidUtf8WithItsLineAndColumn() throws Exception {
        write("content/people/latin1.yaml", new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'A', '\n', 'x', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(load().get(0).readable()).isFalse();
        assertThat(messages()).containsExactly(
                "content/people/latin1.yaml:2:4: error: the file is not valid UTF-8 (save it as UTF-8 in your editor)");
    }

    @Test
    void refusesSymbolicLinks() throws Exception {
        write("outside.md", "---\ntitle: Secret\n---\n".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(folder.resolve("content/pages"));
        Files.createSymbolicLink(folder.resolve("content/pages/secret.md"), folder.resolve("outside.md"));
        assertThat(load()).isEmpty();
        assertThat(messages()).containsExactly(
                "content/pages/secret.md:1:1: error: symbolic links are not allowed in content/ (replace the link with the file itself)");
    }

    @Test
    void refusesFilesOverTheSizeLimitWithoutReadingThem() throws Exception {
        write("content/pages/huge.md", new byte[(int) ContentLoader.MAX_FILE_BYTES + 1]);
        assertThat(load()).isEmpty();
        assertThat(messages()).singleElement().asString().startsWith("content/pages/huge.md:1:1: error: the file is 8388609 bytes");
    }

    @Test
    void refusesYamlTagsAndMergeKeys() throws Exception {
        write("content/people/tagged.yaml", "name: !!str A\n<<: {country: RU}\n".getBytes(StandardCharsets.UTF_8));
        assertThat(load().get(0).readable()).isFalse();
        assertThat(messages()).containsExactly(
                "content/people/tagged.yaml:1:7: error: YAML tags ('tag:yaml.org,2002:str') are not allowed (remove the tag; quote the value if it should be text)",
                "content/people/tagged.yaml:2:1: error: YAML merge keys ('<<') are not allowed (write the fields out in full)");
    }

    @Test
    void limitsNestingDepth() throws Exception {
        String deep = "name: A\nx: " + "[".repeat(200) + "]".repeat(200) + "\n";
        write("content/people/deep.yaml", deep.getBytes(StandardCharsets.UTF_8));
        assertThat(load().get(0).readable()).isFalse();
        assertThat(messages()).containsExactly(
                "content/people/deep.yaml:2:23: error: metadata nested more than 20 levels deep (flatten the structure)");
    }

    @Test
    void suggestsAnIdForABadFileName() {
        assertThat(ContentLoader.suggestId("Dmitry Peskov (2)")).isEqualTo("dmitry-peskov-2");
    }

    @Test
    void aListingNamesFilesFromTheDossierFolderHoweverItIsWritten() throws Exception {
        write("content/articles/first.md", "---\ntitle: First\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/someone.yaml", "name: Someone\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/.hidden.yaml", "name: Hidden\n".getBytes(StandardCharsets.UTF_8));
        write("content/.drafts/later.md", "---\ntitle: Later\n---\n".getBytes(StandardCharsets.UTF_8));
        Path relative = Path.of("").toAbsolutePath().relativize(folder);
        for (Path written : List.of(folder, folder.resolve("content/.."), relative, relative.resolve("."))) {
            assertThat(ContentLoader.list(written).files()).extracting(ContentLoader.Listed::path)
                    .as("listed from %s", written)
                    .containsExactly("content/articles/first.md", "content/people/someone.yaml");
        }
    }

    @Test
    void anEstimateOfAFewFilesIsTheirSizeAsListed() throws Exception {
        write("content/articles/first.md", "---\ntitle: First\n---\nBody.\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/someone.yaml", "name: Someone\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/.hidden.yaml", "name: Hidden, and not counted\n".getBytes(StandardCharsets.UTF_8));
        write("content/.drafts/later.md", "---\ntitle: Later, and not counted\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/settings.yaml", "title: A dossier\n".getBytes(StandardCharsets.UTF_8));

        assertThat(ContentLoader.estimatedBytes(folder)).isEqualTo(ContentLoader.list(folder).bytes());
    }

    @Test
    void anEstimateOfManyFilesLooksUpSomeAndIsCloseToTheirSize() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2_000; i++) {
            write("content/articles/a" + i + ".md", new byte[2_000 + random.nextInt(6_000)]);
        }
        long listed = ContentLoader.list(folder).bytes();

        assertThat(ContentLoader.estimatedBytes(folder)).isCloseTo(listed, org.assertj.core.data.Percentage.withPercentage(5));
    }

    @Test
    void noContentFolderOrALinkedOneIsEstimatedAtNothing() throws Exception {
        assertThat(ContentLoader.estimatedBytes(folder)).isZero();
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere/articles"));
        Files.write(elsewhere.resolve("big.md"), new byte[10_000]);
        Files.createSymbolicLink(folder.resolve("content"), elsewhere.getParent());

        assertThat(ContentLoader.estimatedBytes(folder)).isZero();
    }

    @Test
    void aListingLookedAtAgainWhereToldIsTheWalksListing() throws Exception {
        write("content/articles/kept.md", "---\ntitle: Kept\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/gone.yaml", "name: Gone\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/moved/deep.yaml", "name: Deep\n".getBytes(StandardCharsets.UTF_8));
        ContentLoader.Listing last = ContentLoader.list(folder);

        write("content/articles/kept.md", "---\ntitle: Kept, longer\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/articles/new.md", "---\ntitle: New\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/articles/early.md", "---\ntitle: Early\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/articles/.new.md.swp", new byte[] {1});
        write("content/.git/HEAD", "ref\n".getBytes(StandardCharsets.UTF_8));
        Files.delete(folder.resolve("content/people/gone.yaml"));
        Files.delete(folder.resolve("content/people/moved/deep.yaml"));
        Files.delete(folder.resolve("content/people/moved"));
        List<Path> told = Stream.of("content/articles/kept.md", "content/articles/new.md", "content/articles/early.md",
                        "content/articles/.new.md.swp",
                "content/.git/HEAD", "content/people/gone.yaml", "content/people/moved", "site/index.html")
                .map(folder::resolve).toList();

        assertThat(ContentLoader.relisted(folder, last, told)).contains(ContentLoader.list(folder));
        assertThat(ContentLoader.relisted(folder, last, told).orElseThrow().files()).extracting(ContentLoader.Listed::path)
                .containsExactly("content/articles/early.md", "content/articles/kept.md", "content/articles/new.md");
    }

    /**
     * serve's loader reads again only the files whose size or time changed; each load gives the
     * files and the problems a fresh loader gives, through edits, a file too large to read, and
     * two files that share an id.
     */
    @Test
    void aRememberingLoaderGivesWhatAFreshOneGives() throws Exception {
        ContentLoader remembering = ContentLoader.remembering();
        write("content/articles/a.md", "---\ntitle: A\n---\nBody.\n".getBytes(StandardCharsets.UTF_8));
        write("content/articles/b.md", "---\ntitle: B\n---\n".getBytes(StandardCharsets.UTF_8));
        write("content/people/c.yaml", "name: C\n".getBytes(StandardCharsets.UTF_8));
        List<Runnable> edits = List.of(
                () -> { },
                () -> rewrite("content/articles/b.md", "---\ntitle: B, longer\n---\nNew body.\n"),
                () -> rewrite("content/people/c.yaml", "name: [unclosed\n"),
                () -> rewrite("content/people/c.yaml", "x".repeat((int) ContentLoader.MAX_FILE_BYTES + 1)),
                () -> rewrite("content/people/c.yaml", "name: C again\n"),
                () -> rewrite("content/articles/b.yaml", "title: B twice\n"),
                () -> rewrite("content/articles/a.md", "---\ntitle: A, edited\n---\n"),
                () -> rewrite("content/articles/b.yaml", null),
                () -> rewrite("content/articles/a.md", "---\ntitle: A, edited again\n---\n"));
        for (Runnable edit : edits) {
            edit.run();
            Diagnostics remembered = new Diagnostics();
            List<SourceFile> loaded = remembering.load(folder, ContentLoader.list(folder), remembered);
            Diagnostics fresh = new Diagnostics();
            assertThat(loaded).isEqualTo(new ContentLoader().load(folder, fresh));
            assertThat(remembered.sorted()).isEqualTo(fresh.sorted());
        }
    }

    /** Writes a file anew, with a later modification time; or deletes it (text null). */
    private void rewrite(String path, String text) {
        try {
            Path file = folder.resolve(path);
            if (text == null) {
                Files.delete(file);
                return;
            }
            java.nio.file.attribute.FileTime before = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            write(path, text.getBytes(StandardCharsets.UTF_8));
            if (before != null) {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 1000));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void onlyAWalkTellsOfNewFoldersLinksAndProblems() throws Exception {
        write("content/articles/a.md", "---\ntitle: A\n---\n".getBytes(StandardCharsets.UTF_8));
        ContentLoader.Listing last = ContentLoader.list(folder);
        write("content/people/anna.yaml", "name: Anna\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ContentLoader.relisted(folder, last, List.of(folder.resolve("content/people")))).isEmpty();
        assertThat(ContentLoader.relisted(folder, last, List.of(folder.resolve("content")))).isEmpty();

        Files.createSymbolicLink(folder.resolve("content/articles/link.md"), folder.resolve("content/articles/a.md"));
        assertThat(ContentLoader.relisted(folder, last, List.of(folder.resolve("content/articles/link.md")))).isEmpty();
        ContentLoader.Listing withLink = ContentLoader.list(folder);
        assertThat(withLink.diagnostics()).isNotEmpty();
        assertThat(ContentLoader.relisted(folder, withLink, List.of(folder.resolve("content/articles/a.md")))).isEmpty();
    }
}
