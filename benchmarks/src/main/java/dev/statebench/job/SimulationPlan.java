package dev.statebench.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.statebench.run.BenchmarkProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which simulator scenarios the job runs for a profile, read from {@code dev/statebench/job/simulations.yaml} (one entry
 * per scenario; the file's comment explains the keys), so that adding a scenario is one entry and no code.
 */
public final class SimulationPlan {
  static final String RESOURCE = "/dev/statebench/job/simulations.yaml";

  private SimulationPlan() {}

  /**
   * One scenario run.
   *
   * @param scenario the scenario file, relative to the scenarios folder
   * @param args extra {@code lb-sim run} arguments for this profile
   * @param seconds expected wall time on a 2-core machine
   */
  public record Simulation(String scenario, List<String> args, long seconds) {
    public Simulation {
      args = List.copyOf(args);
    }

    /** The scenario file's name without folder and {@code .yaml}: {@code validation/erlang-b.yaml} → erlang-b. */
    public String stem() {
      String file = scenario.substring(scenario.lastIndexOf('/') + 1);
      return file.endsWith(".yaml") ? file.substring(0, file.length() - ".yaml".length()) : file;
    }
  }

  /** The scenarios to run for {@code profile}, in file order. */
  public static List<Simulation> forProfile(BenchmarkProfile profile) {
    String key = profile.name().toLowerCase(Locale.ROOT);
    List<Simulation> simulations = new ArrayList<>();
    for (JsonNode entry : read()) {
      JsonNode settings = entry.get(key);
      if (settings == null) {
        continue;
      }
      List<String> args = new ArrayList<>();
      settings.path("args").forEach(arg -> args.add(arg.asText()));
      simulations.add(new Simulation(entry.path("scenario").asText(), args, settings.path("seconds").asLong(10)));
    }
    return simulations;
  }

  private static JsonNode read() {
    try (InputStream in = SimulationPlan.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
