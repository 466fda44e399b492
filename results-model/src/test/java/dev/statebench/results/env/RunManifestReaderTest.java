package dev.statebench.results.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.results.ReferenceResults;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunManifestReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void referenceEnvJson_validatesAndReads() throws IOException {
    Path env = ReferenceResults.DIR.resolve("env.json");
    assertThat(ResultSchemas.violations(JSON.readTree(env.toFile()), ResultFormat.RUN_MANIFEST_1)).isEmpty();

    RunManifest manifest = new RunManifestReader().read(env);

    assertThat(manifest.profile()).isEqualTo("full");
    // the reference run covers JDK 17 (the launcher) and JDK 25 (added with --jvm)
    assertThat(manifest.jvms()).extracting(JvmDescription::specificationVersion).containsExactly("17", "25");
    assertThat(manifest.servers()).containsKeys("redis", "postgres");
    assertThat(manifest.cpu().logicalCores()).isPositive();
  }

  @Test
  void serverUrlWithAPassword_isRejected() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(ReferenceResults.DIR.resolve("env.json").toFile());
    ((ObjectNode) tree.path("servers").path("postgres")).put("url", "postgresql://user:secret@db:5432/x");
    Path file = Files.createTempFile("env", ".json");
    Files.writeString(file, tree.toString());
    try {
      assertThatThrownBy(() -> new RunManifestReader().read(file))
          .isInstanceOf(ResultsFormatException.class).hasMessageContaining("/servers/postgres/url");
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void serverUrlWithTheMaskedPassword_isAccepted() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(ReferenceResults.DIR.resolve("env.json").toFile());
    ((ObjectNode) tree.path("servers").path("redis")).put("url", "redis://:***@cache:6379");
    ((ObjectNode) tree.path("servers").path("postgres")).put("url", "jdbc:postgresql://db/x?password=***&ssl=true");

    assertThat(ResultSchemas.violations(tree, ResultFormat.RUN_MANIFEST_1)).isEmpty();
  }
}
