package dossier.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dossier.TestDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier.json is what its schema in docs/ says, and survives a round trip through Jackson. */
class GraphJsonTest {
    @TempDir
    static Path folder;
    static String written;

    @BeforeAll
    static void build() {
        TestDossier dossier = TestDossier.copyOf("basic", folder);
        assertThat(dossier.run("build").status()).isZero();
        written = dossier.read("dossier.json");
    }

    @Test
    void validatesAgainstItsDocumentedSchema() throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/dossier-json.schema.json")));
        assertThat(schema.validate(new ObjectMapper().readTree(written))).isEmpty();
    }

    @Test
    void theSchemaRejectsWhatItDoesNotDescribe() throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/dossier-json.schema.json")));
        JsonNode broken = new ObjectMapper().readTree(written.replace("\"version\":1", "\"version\":2")
                .replace("\"to\":\"quote:anna-ready\"", "\"to\":\"quote:Anna Ready\""));
        // The version, and each of the three references to anna-ready.
        assertThat(schema.validate(broken)).extracting(Object::toString)
                .hasSize(4)
                .allSatisfy(error -> assertThat(error).containsAnyOf("/version:", "/to: does not match the regex pattern"));
    }

    @Test
    void roundTripsThroughJacksonUnchanged() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String again = mapper.writeValueAsString(mapper.readTree(written)) + "\n";
        assertThat(again).isEqualTo(written);
        assertThat(written).as("written compact, one line").doesNotContain("\n  ", " : ").endsWith("}\n");
    }

    @Test
    void recordsRenderingsChainsAndCorroboration() throws Exception {
        JsonNode json = new ObjectMapper().readTree(written);
        assertThat(json.get("renderings").findValuesAsText("article")).containsExactly("daily-ready", "farm-copy");
        assertThat(json.get("renderings").get(1).get("similarity").asDouble()).isEqualTo(0.75);
        JsonNode farm = json.get("chains").get(1);
        assertThat(farm.get("article").asText()).isEqualTo("farm-copy");
        assertThat(farm.get("paths").get(0).toString())
                .isEqualTo("[\"outlet:farm-site\",\"article:daily-ready\",\"outlet:daily-news\",\"outlet:wire-agency\"]");
        assertThat(json.get("corroboration").findValuesAsText("entity")).contains("quote:anna-ready", "event:treaty-drafts");
    }
}
