package dev.statebench.job;

import dev.statebench.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the simulator is: its runnable jar (built by {@code scripts/run}, or {@code ./mvnw package}) and its scenarios
 * folder. Both are checked before the job starts, so a missing jar ends the job at once and not after the benchmarks.
 *
 * @param jar {@code lb-sim/target/lb-sim.jar}
 * @param scenarios the folder the plan's scenario paths are relative to
 */
public record LbSimInstallation(Path jar, Path scenarios) {

  /** Checks that the jar and every planned scenario exist. */
  LbSimInstallation verify(List<SimulationPlan.Simulation> planned) {
    if (!planned.isEmpty() && !Files.isRegularFile(jar)) {
      throw new UserFacingException("the simulator jar " + jar + " is missing; build it with './mvnw -B -DskipTests"
          + " package' (scripts/run does) or name it with --lb-sim-jar");
    }
    for (SimulationPlan.Simulation simulation : planned) {
      if (!Files.isRegularFile(scenario(simulation.scenario()))) {
        throw new UserFacingException("scenario " + scenario(simulation.scenario()) + " is missing; run from the"
            + " project folder or name the scenarios folder with --scenarios");
      }
    }
    return this;
  }

  Path scenario(String relative) {
    return scenarios.resolve(relative);
  }

  /** The command that starts lb-sim on the JVM running this job. */
  List<String> command() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-jar", jar.toString());
  }
}
