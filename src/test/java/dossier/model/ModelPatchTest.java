package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import dossier.diagnostic.Diagnostic;
import dossier.diagnostic.Diagnostics;
import dossier.load.ContentLoader;
import dossier.load.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's model after an edit to one file's metadata is the model a whole build makes of the edited files. */
class ModelPatchTest {
    private static final String ARTICLE = "content/articles/farm-copy.md";

    @TempDir
    Path folder;

    private final ModelBuilder.Memory memory = new ModelBuilder.Memory();

    private List<SourceFile> load() {
        return new ContentLoader().load(folder, new Diagnostics());
    }

    private static SourceFile file(List<SourceFile> files, String path) {
        return files.stream().filter(file -> file.path().equals(path)).findFirst().orElseThrow();
    }

    /** What a whole build without memory makes of the files, and its diagnostics. */
    private record Built(ContentModel model, List<Diagnostic> diagnostics) {
        static Built of(List<SourceFile> files) {
            Diagnostics diagnostics = new Diagnostics();
            return new Built(new ModelBuilder(false).build(files, diagnostics), diagnostics.sorted());
        }
    }

    // The files as last loaded, and the model made of them.
    private List<SourceFile> files;
    private ContentModel model;

    /** Builds the fixture dossier with memory. */
    private void built() {
        TestDossier.copyOf("basic", folder);
        files = load();
        model = new ModelBuilder(false, memory).build(files, new Diagnostics());
    }

    /** Edits the article's front matter to {@code frontMatter}, and patches the last model. */
    private Optional<Built> patchedAfter(String frontMatter) {
        TestDossier.write(folder, "-- " + ARTICLE + " --\n---\n" + frontMatter + "---\n\nThe spokeswoman spoke.\n");
        List<SourceFile> after = load();
        Diagnostics diagnostics = new Diagnostics();
        Optional<ContentModel> patched = new ModelBuilder(false, memory)
                .patched(model, file(files, ARTICLE), file(after, ARTICLE), diagnostics);
        patched.ifPresent(now -> {
            files = after;
            model = now;
        });
        return patched.map(now -> new Built(now, diagnostics.sorted()));
    }

    private static final String FRONT_MATTER = """
            title: "Ministry: ready to negotiate"
            outlet: farm-site
            published: 2022-10-31
            language: en
            """;

    @Test
    void aNewTitleGivesTheModelAWholeBuildGives() {
        built();
        Built patched = patchedAfter(FRONT_MATTER.replace("ready to negotiate", "ready to talk")).orElseThrow();

        Built whole = Built.of(load());
        assertThat(patched.model()).isEqualTo(whole.model());
        assertThat(patched.model().find(Kind.ARTICLE, "farm-copy").orElseThrow().title()).isEqualTo("Ministry: ready to talk");
        assertThat(patched.diagnostics()).isEqualTo(whole.diagnostics());
    }

    @Test
    void aProblemTheEditBringsIsReportedAndOneItMendsIsNot() {
        built();
        Built broken = patchedAfter(FRONT_MATTER + "draft: perhaps\n").orElseThrow();
        assertThat(broken.diagnostics()).isEqualTo(Built.of(load()).diagnostics())
                .anyMatch(diagnostic -> diagnostic.path().equals(ARTICLE) && diagnostic.message().contains("'draft'"));

        Built mended = patchedAfter(FRONT_MATTER).orElseThrow();
        Built whole = Built.of(load());
        assertThat(mended.model()).isEqualTo(whole.model());
        assertThat(mended.diagnostics()).isEqualTo(whole.diagnostics())
                .noneMatch(diagnostic -> diagnostic.path().equals(ARTICLE));
    }

    @Test
    void anEntityThatBecomesADraftNeedsTheWholeModel() {
        built();
        assertThat(patchedAfter(FRONT_MATTER + "draft: true\n")).isEmpty();
    }

    @Test
    void aModelThisMemoryDidNotMakeIsNotPatched() {
        built();
        List<SourceFile> before = files;
        model = new ModelBuilder(false).build(load(), new Diagnostics());
        assertThat(patchedAfter(FRONT_MATTER)).isEmpty();

        files = before;
        TestDossier.write(folder, "-- " + ARTICLE + " --\n---\n" + FRONT_MATTER + "---\n\nThe spokeswoman spoke again.\n");
        assertThat(new ModelBuilder(false).patched(model, file(before, ARTICLE), file(load(), ARTICLE), new Diagnostics()))
                .as("no memory at all").isEmpty();
    }
}
