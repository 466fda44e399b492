package dev.statebench.job;

import dev.statebench.UserFacingException;
import dev.statebench.fleet.FleetRun;
import dev.statebench.fleet.lab.HaproxyBinary;
import dev.statebench.fleet.validation.ValidationRow;
import dev.statebench.fleet.validation.ValidationTable;
import dev.statebench.servers.ServerConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The fleet lab in the full profile: each {@code fleet-lab/*.yaml} scenario on a real fleet (app instances behind
 * HAProxy), then in lb-sim fed the service times the instances measured, then the simulated-vs-real table, into
 * {@code fleet-lab/} ({@code real/}, {@code sim/}, {@code validation.md}). Without HAProxy it says so on the job's log
 * and writes nothing; the rest of the job goes on.
 */
final class FleetLabStep implements JobStep {
  static final String FOLDER = "fleet-lab";
  static final List<String> SCENARIOS = List.of("lab-kill", "lab-scale-out", "lab-rolling-deploy");

  private final LbSimInstallation lbSim;
  private final Supplier<Path> haproxyLocator;

  /** The step with this machine's HAProxy ({@link HaproxyBinary#locate()}), looked up when the step runs. */
  FleetLabStep(LbSimInstallation lbSim) {
    this(lbSim, HaproxyBinary::locate);
  }

  /** The step with {@code haproxyLocator}, which throws a {@link UserFacingException} when there is no HAProxy. */
  FleetLabStep(LbSimInstallation lbSim, Supplier<Path> haproxyLocator) {
    this.lbSim = lbSim;
    this.haproxyLocator = haproxyLocator;
  }

  @Override
  public String id() {
    return "fleet-lab";
  }

  @Override
  public String title() {
    return "fleet lab: HAProxy and real instances vs lb-sim";
  }

  @Override
  public long estimatedSeconds() {
    return 900;
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    Path haproxy;
    try {
      haproxy = haproxyLocator.get();
    } catch (UserFacingException missing) {
      context.log().println("[fleet] the fleet lab is skipped: " + missing.getMessage());
      return List.of();
    }
    Path target = context.out().resolve(FOLDER);
    Path staging = FolderSwap.staging(target);
    Path real = Files.createDirectories(staging.resolve("real"));
    Path sim = Files.createDirectories(staging.resolve("sim"));
    ServerConfig servers = ServerConfig.external(context.servers().redis(), context.servers().postgres());
    PrintWriter progress = new PrintWriter(context.log(), true, StandardCharsets.UTF_8);
    List<ValidationRow> rows = new ArrayList<>();
    for (String name : SCENARIOS) {
      Path scenario = lbSim.scenario(FOLDER + "/" + name + ".yaml");
      try {
        new FleetRun(haproxy, servers, 0, progress).run(
            dev.statebench.fleet.scenario.ScenarioReader.read(scenario), real.resolve("runs"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserFacingException("interrupted while the fleet lab ran " + name, e);
      }
      Files.move(real.resolve("runs").resolve(name + ".json"), real.resolve(name + ".json"));
      Path serviceTimes = real.resolve(name + ".service-ns.csv");
      Files.move(real.resolve("runs").resolve(name + ".service-ns.csv"), serviceTimes);
      simulate(scenario, serviceTimes.toAbsolutePath(), sim);
      rows.addAll(ValidationTable.rows(name, sim.resolve(name + ".json"), real.resolve(name + ".json")));
    }
    FolderSwap.deleteTree(real.resolve("runs"));
    Files.writeString(staging.resolve("validation.md"), ValidationTable.markdown(rows));
    FolderSwap.publish(staging, target);
    return List.of(Path.of(FOLDER, "validation.md"));
  }

  private void simulate(Path scenario, Path serviceTimes, Path out) throws IOException {
    List<String> command = new ArrayList<>(lbSim.command());
    command.addAll(List.of("run", scenario.toString(), "--set",
        "backends.service={dist: empirical, file: " + serviceTimes + ", unit: ns}", "--out", out.toString()));
    Process process = new ProcessBuilder(command).inheritIO().start();
    try {
      if (process.waitFor() != 0) {
        throw new UserFacingException("lb-sim stopped with status " + process.exitValue() + " on " + scenario);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while lb-sim ran " + scenario, e);
    } finally {
      if (process.isAlive()) {
        process.destroy();
        process.onExit().orTimeout(10, TimeUnit.SECONDS);
      }
    }
  }
}
