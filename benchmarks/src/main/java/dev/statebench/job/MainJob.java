package dev.statebench.job;

import dev.statebench.UserFacingException;
import dev.statebench.load.LoadTarget;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.run.LoadPlan;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.shard.Shard;
import dev.statebench.shard.ShardMarker;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job behind {@code scripts/run}: provisions Redis and PostgreSQL once, then runs the JMH suite, derives the
 * simulator's cost inputs from it, the header tables, the profile's simulator scenarios (fed with those inputs), one
 * open-loop sweep per load target of the profile, in the full profile the fleet lab (skipped, with a line saying so,
 * when HAProxy is not installed) and the ops experiments (Redis Cluster, replica window, store outages), and the
 * report, each step writing into
 * one run folder. Every step
 * publishes its files atomically and is recorded in {@code job.json}, so Ctrl-C leaves the finished steps intact, a
 * second job with the same {@code --out} picks up where the first stopped, and {@code statebench report DIR} rebuilds
 * the report from whatever is present.
 *
 * @param profile smoke, quick or full
 * @param out the run folder
 * @param serverConfig embedded or external servers
 * @param extraJvms JVMs the benchmarks also run on
 * @param lbSim the simulator's jar and scenarios
 * @param shard the slice of the job this machine runs ({@link Shard#WHOLE} for all of it)
 */
public record MainJob(BenchmarkProfile profile, Path out, ServerConfig serverConfig, List<Path> extraJvms,
    LbSimInstallation lbSim, Shard shard) {

  /** The whole job on this machine. */
  public MainJob(BenchmarkProfile profile, Path out, ServerConfig serverConfig, List<Path> extraJvms,
      LbSimInstallation lbSim) {
    this(profile, out, serverConfig, extraJvms, lbSim, Shard.WHOLE);
  }

  /**
   * The steps this job consists of, in order (nothing is run or checked). A shard runs its slice of the JMH
   * configurations and, dealt round robin in this order, its share of the other measuring steps (header tables,
   * simulator scenarios, load sweeps); the report is written once, by {@code statebench merge}.
   */
  List<JobStep> steps() {
    List<JobStep> measuring = new ArrayList<>();
    measuring.add(new HeaderTablesStep());
    for (SimulationPlan.Simulation simulation : SimulationPlan.forProfile(profile)) {
      measuring.add(new SimulationStep(simulation, lbSim));
    }
    LoadPlan load = LoadPlan.forProfile(profile);
    for (LoadTarget target : load.targets()) {
      measuring.add(new LoadStep(target, load));
    }
    if (serverConfig.embeddedRedis() && serverConfig.embeddedPostgres()) {
      // the durability axis restarts embedded servers with each setting; external servers keep their own
      for (LoadPlan.DurabilityVariant variant : load.durabilityAxis()) {
        measuring.add(new LoadStep(load, variant));
      }
    }
    if (profile == BenchmarkProfile.FULL) {
      measuring.add(new FleetLabStep(lbSim));
      measuring.add(new OpsStep());
    }
    List<JobStep> steps = new ArrayList<>();
    steps.add(new JmhStep(profile, extraJvms, shard));
    if (shard.whole() && !SimulationPlan.forProfile(profile).isEmpty()) {
      // a shard holds a slice of the measurements, so sharded simulations keep the committed defaults (and their
      // merged output stays byte-identical to an unsharded run on those defaults)
      steps.add(new SimInputsStep());
    }
    steps.addAll(shard.slice(measuring));
    if (shard.whole()) {
      steps.add(new ReportStep());
    }
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
    if (!shard.whole()) {
      log.println("[job] shard " + shard + ": this machine runs its slice; combine the shards with"
          + " 'statebench merge --out DIR SHARD_DIR…', which writes the report");
    }
    log.println("[job] profile " + profile.name().toLowerCase(Locale.ROOT) + ", results in " + out.toAbsolutePath());
    log.println("[job] starting or probing Redis and PostgreSQL (" + serverConfig + ")");
    try (Servers servers = Servers.open(serverConfig)) {
      log.println("[job] " + servers.redis() + "; " + servers.postgres());
      new JobRunner(new JobContext(profile, out, servers, log), ledger).run(steps());
    }
    return shard.whole() ? out.resolve(dev.statebench.report.Report.MARKDOWN_FILE) : out.resolve(ShardMarker.FILE);
  }
}
