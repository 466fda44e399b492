package dev.statebench.job;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's bookkeeping, {@code job.json} in the run folder: the profile, and for every finished step when it finished,
 * how long it took and which files it wrote. Rewritten atomically after each step, so after a Ctrl-C it names exactly
 * the steps whose files are complete; a resumed job ({@code --out} an existing run folder) skips them.
 */
final class JobLedger {
  static final String FILE = "job.json";

  private final ObjectMapper json = new ObjectMapper();
  private final Path file;
  private final ObjectNode root;

  private JobLedger(Path file, ObjectNode root) {
    this.file = file;
    this.root = root;
  }

  /** Opens the ledger of {@code out}, or starts one for {@code profile}; a ledger of another profile is an error. */
  static JobLedger open(Path out, String profile) {
    Path file = out.resolve(FILE);
    ObjectMapper json = new ObjectMapper();
    if (!Files.exists(file)) {
      ObjectNode root = json.createObjectNode();
      root.put("profile", profile);
      root.putObject("steps");
      return new JobLedger(file, root);
    }
    try {
      JsonNode existing = json.readTree(file.toFile());
      if (!(existing instanceof ObjectNode root) || !root.path("steps").isObject()) {
        throw new UserFacingException(file + " is not a statebench job ledger; choose another --out folder");
      }
      if (!profile.equals(root.path("profile").asText())) {
        throw new UserFacingException(out + " holds a " + root.path("profile").asText() + " run; resume it with"
            + " --profile " + root.path("profile").asText() + " or choose another --out folder");
      }
      return new JobLedger(file, root);
    } catch (JacksonException e) {
      throw new UserFacingException(file + " is not valid JSON (" + e.getOriginalMessage() + "); choose another --out"
          + " folder", e);
    } catch (IOException e) {
      throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code stepId} finished earlier and every file it wrote is still there. */
  boolean finished(String stepId) {
    JsonNode step = root.path("steps").path(stepId);
    if (!step.isObject()) {
      return false;
    }
    for (JsonNode written : step.path("files")) {
      if (!Files.exists(file.resolveSibling(written.asText()))) {
        return false;
      }
    }
    return true;
  }

  /** Records a finished step and rewrites the ledger. */
  void record(String stepId, double seconds, List<Path> files) throws IOException {
    ObjectNode step = ((ObjectNode) root.get("steps")).putObject(stepId);
    step.put("finished", Instant.now().toString());
    step.put("seconds", Math.round(seconds * 10) / 10.0);
    List<String> relative = new ArrayList<>();
    for (Path written : files) {
      relative.add(file.getParent().relativize(file.getParent().resolve(written)).toString());
    }
    relative.forEach(step.putArray("files")::add);
    save();
  }

  void save() throws IOException {
    AtomicFiles.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
  }
}
