package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
    @Test
    void githubFormatEscapesPropertiesAndData() {
        Diagnostic warning = Diagnostic.warning("content/a,b.md", 3, 7, "100% sure:\nno", "");
        assertThat(DiagnosticPrinter.github(warning))
                .isEqualTo("::warning file=content/a%2Cb.md,line=3,col=7,title=dossier warning::100%25 sure:%0Ano");
    }
}
