package dev.statebench.job;

import dev.statebench.UserFacingException;
import dev.statebench.load.LoadTarget;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.run.LoadPlan;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job behind {@code scripts/run}: provisions Redis and PostgreSQL once, then runs the JMH suite, the header
 * tables, the profile's simulator scenarios, one open-loop sweep per load target of the profile and the report, each step writing into one run folder. Every step
 * publishes its files atomically and is recorded in {@code job.json}, so Ctrl-C leaves the finished steps intact, a
 * second job with the same {@code --out} picks up where the first stopped, and {@code statebench report DIR} rebuilds
 * the report from whatever is present.
 *
 * @param profile smoke, quick or full
 * @param out the run folder
 * @param serverConfig embedded or external servers
 * @param extraJvms JVMs the benchmarks also run on
 * @param lbSim the simulator's jar and scenarios
 */
public record MainJob(BenchmarkProfile profile, Path out, ServerConfig serverConfig, List<Path> extraJvms,
    LbSimInstallation lbSim) {

  /** The steps this job consists of, in order (nothing is run or checked). */
  List<JobStep> steps() {
    List<JobStep> steps = new ArrayList<>();
    steps.add(new JmhStep(profile, extraJvms));
    steps.add(new HeaderTablesStep());
    for (SimulationPlan.Simulation simulation : SimulationPlan.forProfile(profile)) {
      steps.add(new SimulationStep(simulation, lbSim));
    }
    LoadPlan load = LoadPlan.forProfile(profile);
    for (LoadTarget target : load.targets()) {
      steps.add(new LoadStep(target, load));
    }
    if (serverConfig.embeddedRedis() && serverConfig.embeddedPostgres()) {
      // the durability axis restarts embedded servers with each setting; external servers keep their own
      for (LoadPlan.DurabilityVariant variant : load.durabilityAxis()) {
        steps.add(new LoadStep(load, variant));
      }
    }
    steps.add(new ReportStep());
    return steps;
  }

  /** Runs every step not finished yet and returns the path of the report. */
  public Path run(PrintStream log) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new UserFacingException("--out " + out + " is a file, not a folder");
    }
    lbSim.verify(SimulationPlan.forProfile(profile));
    Files.createDirectories(out);
    JobLedger ledger = JobLedger.open(out, profile.name().toLowerCase(Locale.ROOT));
    log.println("[job] profile " + profile.name().toLowerCase(Locale.ROOT) + ", results in " + out.toAbsolutePath());
    log.println("[job] starting or probing Redis and PostgreSQL (" + serverConfig + ")");
    try (Servers servers = Servers.open(serverConfig)) {
      log.println("[job] " + servers.redis() + "; " + servers.postgres());
      new JobRunner(new JobContext(profile, out, servers, log), ledger).run(steps());
    }
    return out.resolve(dev.statebench.report.Report.MARKDOWN_FILE);
  }
}
