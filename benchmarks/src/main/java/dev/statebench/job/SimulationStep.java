package dev.statebench.job;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one simulator scenario by starting the lb-sim jar as a child process ({@code lb-sim run SCENARIO --format json
 * --out DIR} plus the profile's arguments from {@link SimulationPlan}), fed with this run's measured costs
 * ({@code --inputs sim-inputs/sim-inputs.json}, from {@link SimInputsStep}) when the run has them. The two modules
 * share no code; they meet through the inputs file and the JSON and plots lb-sim writes, which land in {@code sim/}
 * once the child has finished.
 */
final class SimulationStep implements JobStep {
  static final String FOLDER = "sim";

  private final SimulationPlan.Simulation simulation;
  private final LbSimInstallation lbSim;

  SimulationStep(SimulationPlan.Simulation simulation, LbSimInstallation lbSim) {
    this.simulation = simulation;
    this.lbSim = lbSim;
  }

  @Override
  public String id() {
    return "sim:" + simulation.scenario();
  }

  @Override
  public String title() {
    return "simulator " + simulation.stem();
  }

  @Override
  public long estimatedSeconds() {
    return simulation.seconds();
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    Path staging = FolderSwap.staging(context.out().resolve(FOLDER).resolve(simulation.stem()));
    List<String> command = new ArrayList<>(lbSim.command());
    command.add("run");
    command.add(lbSim.scenario(simulation.scenario()).toString());
    command.addAll(simulation.args());
    Path inputs = SimInputsStep.inputsFile(context.out());
    if (Files.isRegularFile(inputs)) {
      command.addAll(List.of("--inputs", inputs.toString()));
    }
    command.addAll(List.of("--format", "json", "--out", staging.toString()));
    context.log().println("[sim] " + String.join(" ", command));
    Process process = new ProcessBuilder(command).inheritIO().start();
    try {
      int status = process.waitFor();
      if (status != 0) {
        throw new UserFacingException("lb-sim stopped with status " + status + " on " + simulation.scenario()
            + " (its message is above)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while lb-sim ran " + simulation.scenario(), e);
    } finally {
      if (process.isAlive()) {
        process.destroy();
        waitQuietly(process);
      }
    }
    if (!hasFiles(staging)) {
      throw new UserFacingException("lb-sim wrote nothing for " + simulation.scenario());
    }
    return FolderSwap.moveFiles(staging, context.out().resolve(FOLDER)).stream()
        .map(file -> Path.of(FOLDER).resolve(file.getFileName())).toList();
  }

  private static boolean hasFiles(Path folder) throws IOException {
    try (var entries = Files.list(folder)) {
      return entries.findAny().isPresent();
    }
  }

  private static void waitQuietly(Process process) {
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
