package dev.statebench.lbsim.experiment;

import dev.statebench.lbsim.engine.Simulation;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.router.PolicySpec;
import dev.statebench.lbsim.router.RouterRegistry;
import dev.statebench.lbsim.scenario.Scenario;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every policy of a scenario for every replication, the (policy, replication) runs in parallel on a fixed
 * number of threads. Each run is independent and deterministic and results are gathered by index, so the output
 * does not depend on the number of threads or on scheduling. A {@link Shard} runs a slice of the runs; the results of
 * every shard, put together by run number, aggregate to exactly the unsharded result.
 */
public final class ExperimentRunner {
  private final int threads;
  private final PrintStream progressOut;

  /**
   * @param threads worker threads (1 = sequential)
   * @param progressOut where progress lines go, or null for none
   */
  public ExperimentRunner(int threads, PrintStream progressOut) {
    this.threads = Math.max(1, threads);
    this.progressOut = progressOut;
  }

  public ExperimentResult run(Scenario scenario) {
    return aggregate(scenario, runs(scenario, Shard.WHOLE));
  }

  /** The number of (policy, replication) runs of a scenario, over all its variants. */
  public static int runCount(Scenario scenario) {
    int total = 0;
    for (Scenario.Variant variant : scenario.variants()) {
      total += variant.policies().size() * variant.replications();
    }
    return total;
  }

  /**
   * Runs the runs of {@code shard} and returns every run's result by run number (variant, policy, replication
   * order), null for the runs of other shards.
   */
  public ReplicationResult[] runs(Scenario scenario, Shard shard) {
    int total = runCount(scenario);
    int mine = 0;
    for (int run = 0; run < total; run++) {
      mine += shard.includes(run) ? 1 : 0;
    }
    ReplicationResult[] results = new ReplicationResult[total];
    if (mine == 0) {
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, mine), runnable -> {
      Thread thread = new Thread(runnable, "lb-sim-run");
      thread.setDaemon(true);
      return thread;
    });
    try (Progress progress = new Progress(mine, progressOut)) {
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      int run = 0;
      int submitted = 0;
      for (Scenario.Variant variant : scenario.variants()) {
        for (int p = 0; p < variant.policies().size(); p++) {
          String policy = variant.policies().get(p);
          String where = "policies[" + p + "]";
          for (int r = 0; r < variant.replications(); r++, run++) {
            if (!shard.includes(run)) {
              futures.add(null);
              continue;
            }
            int replication = r;
            int slot = submitted;
            submitted++;
            futures.add(pool.submit(() -> {
              Simulation simulation = new Simulation(variant.config(),
                  env -> RouterRegistry.create(PolicySpec.parse(policy, where), env), replication,
                  fraction -> progress.update(slot, fraction));
              ReplicationResult result = simulation.run();
              progress.update(slot, 1);
              return result;
            }));
          }
        }
      }
      for (int i = 0; i < total; i++) {
        if (futures.get(i) != null) {
          results[i] = futures.get(i).get();
        }
      }
      return results;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Aggregates every run's result (by run number, none missing) into each policy's result. */
  public static ExperimentResult aggregate(Scenario scenario, ReplicationResult[] runs) {
    List<PolicyResult> results = new ArrayList<>();
    int next = 0;
    for (Scenario.Variant variant : scenario.variants()) {
      for (String policy : variant.policies()) {
        List<ReplicationResult> replications = new ArrayList<>();
        for (int r = 0; r < variant.replications(); r++) {
          replications.add(runs[next++]);
        }
        results.add(PolicyResult.aggregate(policy, variant.label(), replications));
      }
    }
    return new ExperimentResult(scenario, results);
  }
}
