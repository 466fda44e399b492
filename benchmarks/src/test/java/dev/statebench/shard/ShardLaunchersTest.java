package dev.statebench.shard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two ready-to-use launchers of sharded runs parse as YAML and carry the fields their engines require, wired to
 * each other the way a sharded run needs (a shard per index or matrix entry, a merge after every shard).
 */
class ShardLaunchersTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void githubWorkflow_runsAMatrixOfShardsThenOneMerge() throws IOException {
    JsonNode workflow = YAML.readTree(ROOT.resolve(".github/workflows/sharded-run.yml").toFile());

    assertThat(workflow.path("on").path("workflow_dispatch").path("inputs").path("shards").isObject()).isTrue();
    JsonNode jobs = workflow.path("jobs");
    assertThat(fieldNames(jobs)).containsExactly("plan", "shard", "merge");
    jobs.fields().forEachRemaining(job -> {
      assertThat(job.getValue().path("runs-on").asText()).as("runs-on of " + job.getKey()).isNotEmpty();
      for (JsonNode step : job.getValue().path("steps")) {
        assertThat(step.has("uses") ^ step.has("run")).as("a step of " + job.getKey() + " has exactly one of uses/run")
            .isTrue();
      }
    });
    JsonNode shard = jobs.path("shard");
    assertThat(shard.path("needs").asText()).isEqualTo("plan");
    assertThat(shard.path("strategy").path("matrix").path("shard").asText())
        .isEqualTo("${{ fromJSON(needs.plan.outputs.shards) }}");
    assertThat(runs(shard)).anySatisfy(run -> assertThat(run).contains("scripts/run").contains("--shard \"$SHARD\""));
    assertThat(envOfStepRunning(shard, "--shard").path("SHARD").asText())
        .isEqualTo("${{ matrix.shard }}/${{ needs.plan.outputs.count }}");
    JsonNode merge = jobs.path("merge");
    assertThat(textValues(merge.path("needs"))).contains("shard");
    assertThat(runs(merge)).anySatisfy(run -> assertThat(run).contains("benchmarks.jar merge --out merged shards/"));
  }

  @Test
  void kubernetesIndexedJob_runsOneShardPerIndexIntoASharedVolume() throws IOException {
    List<JsonNode> documents = readAll(ROOT.resolve("deploy/kubernetes/statebench-shards.yaml"));
    assertThat(documents).extracting(d -> d.path("kind").asText()).containsExactly("PersistentVolumeClaim", "Job");
    assertThat(textValues(documents.get(0).path("spec").path("accessModes"))).containsExactly("ReadWriteMany");
    String claim = documents.get(0).path("metadata").path("name").asText();

    JsonNode job = documents.get(1);
    assertThat(job.path("apiVersion").asText()).isEqualTo("batch/v1");
    JsonNode spec = job.path("spec");
    assertThat(spec.path("completionMode").asText()).isEqualTo("Indexed");
    int completions = spec.path("completions").asInt();
    assertThat(completions).isPositive();
    assertThat(spec.path("parallelism").asInt()).isEqualTo(completions);
    JsonNode pod = spec.path("template").path("spec");
    assertThat(pod.path("restartPolicy").asText()).isIn("Never", "OnFailure");
    assertThat(pod.path("securityContext").path("runAsUser").asInt()).as("PostgreSQL refuses root").isPositive();
    JsonNode container = pod.path("containers").get(0);
    assertThat(container.path("image").asText()).isNotEmpty();
    assertThat(envValue(container, "SHARDS")).isEqualTo(Integer.toString(completions));
    assertThat(String.join(" ", textValues(container.path("command"))))
        .contains("JOB_COMPLETION_INDEX + 1").contains("--shard \"$shard/$SHARDS\"").contains("/results/shard-");
    assertVolumesResolve(pod);
    assertThat(claimNames(pod)).containsExactly(claim);
  }

  @Test
  void kubernetesMergeJob_readsTheSameVolumeAndMergesEveryShard() throws IOException {
    List<JsonNode> documents = readAll(ROOT.resolve("deploy/kubernetes/statebench-merge.yaml"));
    assertThat(documents).hasSize(1);
    JsonNode job = documents.get(0);
    assertThat(job.path("apiVersion").asText()).isEqualTo("batch/v1");
    assertThat(job.path("kind").asText()).isEqualTo("Job");
    JsonNode pod = job.path("spec").path("template").path("spec");
    assertThat(pod.path("restartPolicy").asText()).isIn("Never", "OnFailure");
    assertThat(String.join(" ", textValues(pod.path("containers").get(0).path("command"))))
        .contains("benchmarks.jar merge --out /results/merged /results/shard-*");
    assertVolumesResolve(pod);
    assertThat(claimNames(pod)).containsExactly("statebench-results");
  }

  private static void assertVolumesResolve(JsonNode pod) {
    Set<String> volumes = new HashSet<>();
    pod.path("volumes").forEach(volume -> volumes.add(volume.path("name").asText()));
    List<JsonNode> containers = new ArrayList<>();
    pod.path("initContainers").forEach(containers::add);
    pod.path("containers").forEach(containers::add);
    for (JsonNode container : containers) {
      assertThat(container.path("name").asText()).isNotEmpty();
      assertThat(container.path("image").asText()).isNotEmpty();
      container.path("volumeMounts").forEach(mount -> assertThat(volumes).contains(mount.path("name").asText()));
    }
  }

  private static List<String> claimNames(JsonNode pod) {
    List<String> claims = new ArrayList<>();
    pod.path("volumes").forEach(volume -> {
      if (volume.has("persistentVolumeClaim")) {
        claims.add(volume.path("persistentVolumeClaim").path("claimName").asText());
      }
    });
    return claims;
  }

  private static String envValue(JsonNode container, String name) {
    for (JsonNode env : container.path("env")) {
      if (env.path("name").asText().equals(name)) {
        return env.path("value").asText();
      }
    }
    return null;
  }

  private static JsonNode envOfStepRunning(JsonNode job, String fragment) {
    for (JsonNode step : job.path("steps")) {
      if (step.path("run").asText().contains(fragment)) {
        return step.path("env");
      }
    }
    throw new AssertionError("no step runs " + fragment);
  }

  private static List<String> runs(JsonNode job) {
    List<String> runs = new ArrayList<>();
    job.path("steps").forEach(step -> {
      if (step.has("run")) {
        runs.add(step.path("run").asText());
      }
    });
    return runs;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> textValues(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(value -> values.add(value.asText()));
    } else if (!node.isMissingNode()) {
      values.add(node.asText());
    }
    return values;
  }

  private static List<JsonNode> readAll(Path file) throws IOException {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
      return documents.readAll();
    }
  }
}
