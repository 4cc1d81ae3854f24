package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.TestDossier;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLdTest {
    @TempDir
    Path folder;

    @Test
    void aTitleCannotCloseTheScriptElement() {
        TestDossier dossier = TestDossier.copyOf("basic", folder).with("""
                -- content/topics/talks.md --
                ---
                title: "</script><script>alert(1)</script> & more"
                ---
                """);
        assertThat(dossier.run("build").status()).isZero();
        String html = dossier.read("topics/talks/index.html");
        assertThat(html).contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 more");
        assertThat(html).doesNotContain("<script>alert(1)");
    }
}
