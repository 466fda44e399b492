package dev.statebench.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.run.BenchmarkProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's bookkeeping: finished steps are recorded, kept after a failure and skipped when the job is resumed. */
class JobRunnerTest {
  @TempDir Path out;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final List<String> ran = new ArrayList<>();

  /** A step that writes one file into a staging folder and publishes it, or fails half-way when told to. */
  private final class FileStep implements JobStep {
    private final String name;
    private final boolean failHalfWay;

    FileStep(String name, boolean failHalfWay) {
      this.name = name;
      this.failHalfWay = failHalfWay;
    }

    @Override
    public String id() {
      return name;
    }

    @Override
    public String title() {
      return "step " + name;
    }

    @Override
    public long estimatedSeconds() {
      return 2;
    }

    @Override
    public List<Path> run(JobContext context) throws IOException {
      ran.add(name);
      Path target = context.out().resolve(name);
      Path staging = FolderSwap.staging(target);
      AtomicFiles.writeString(staging.resolve("result.txt"), "result of " + name);
      if (failHalfWay) {
        throw new UserFacingException("step " + name + " failed");
      }
      FolderSwap.publish(staging, target);
      return List.of(Path.of(name, "result.txt"));
    }
  }

  private List<String> run(JobStep... steps) throws IOException {
    JobContext context = new JobContext(BenchmarkProfile.SMOKE, out, null,
        new PrintStream(log, true, StandardCharsets.UTF_8));
    return new JobRunner(context, JobLedger.open(out, "smoke")).run(List.of(steps));
  }

  @Test
  void failingStep_keepsEarlierStepsAndLeavesNoPartialFolderUnderItsName() throws IOException {
    assertThatThrownBy(() -> run(new FileStep("a", false), new FileStep("b", true), new FileStep("c", false)))
        .hasMessageContaining("step b failed");

    assertThat(out.resolve("a/result.txt")).hasContent("result of a");
    assertThat(out.resolve("b")).doesNotExist();
    assertThat(out.resolve("c")).doesNotExist();
    JsonNode ledger = new ObjectMapper().readTree(out.resolve(JobLedger.FILE).toFile());
    assertThat(ledger.path("steps").has("a")).isTrue();
    assertThat(ledger.path("steps").has("b")).isFalse();
    assertThat(ledger.path("steps").path("a").path("files").get(0).asText()).isEqualTo("a/result.txt");
  }

  @Test
  void resumedJob_skipsFinishedStepsAndRunsTheRest() throws IOException {
    assertThatThrownBy(() -> run(new FileStep("a", false), new FileStep("b", true)));
    ran.clear();

    List<String> second = run(new FileStep("a", false), new FileStep("b", false));

    assertThat(second).containsExactly("b");
    assertThat(ran).containsExactly("b");
    assertThat(out.resolve("b/result.txt")).hasContent("result of b");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("step a: already done");
  }

  @Test
  void finishedStepWhoseFileWasDeleted_runsAgain() throws IOException {
    run(new FileStep("a", false));
    Files.delete(out.resolve("a/result.txt"));
    ran.clear();

    run(new FileStep("a", false));

    assertThat(ran).containsExactly("a");
  }

  @Test
  void progress_namesTheRunningStepWhatIsLeftAndAnEstimate() throws IOException {
    run(new FileStep("a", false), new FileStep("b", false));

    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("[job 1/2] step a (about 2 s); then step b; about 4 s left, done near")
        .contains("[job 2/2] step b");
  }

  @Test
  void runFolderOfAnotherProfile_isRefusedWithOneLine() throws IOException {
    run(new FileStep("a", false));

    assertThatThrownBy(() -> JobLedger.open(out, "full")).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("holds a smoke run");
  }

  @Test
  void writes_leaveNoTemporaryFilesBehind() throws IOException {
    run(new FileStep("a", false), new FileStep("b", false));

    try (Stream<Path> all = Files.walk(out)) {
      assertThat(all.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp") || name.endsWith(".partial"));
    }
  }
}
