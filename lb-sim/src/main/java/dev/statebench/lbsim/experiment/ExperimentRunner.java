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
 * does not depend on the number of threads or on scheduling.
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
    int total = 0;
    for (Scenario.Variant variant : scenario.variants()) {
      total += variant.policies().size() * variant.replications();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), runnable -> {
      Thread thread = new Thread(runnable, "lb-sim-run");
      thread.setDaemon(true);
      return thread;
    });
    try (Progress progress = new Progress(total, progressOut)) {
      List<Future<ReplicationResult>> futures = new ArrayList<>();
      for (Scenario.Variant variant : scenario.variants()) {
        for (int p = 0; p < variant.policies().size(); p++) {
          String policy = variant.policies().get(p);
          String where = "policies[" + p + "]";
          for (int r = 0; r < variant.replications(); r++) {
            int replication = r;
            int run = futures.size();
            futures.add(pool.submit(() -> {
              Simulation simulation = new Simulation(variant.config(),
                  env -> RouterRegistry.create(PolicySpec.parse(policy, where), env), replication,
                  fraction -> progress.update(run, fraction));
              ReplicationResult result = simulation.run();
              progress.update(run, 1);
              return result;
            }));
          }
        }
      }
      List<PolicyResult> results = new ArrayList<>();
      int next = 0;
      for (Scenario.Variant variant : scenario.variants()) {
        for (String policy : variant.policies()) {
          List<ReplicationResult> runs = new ArrayList<>();
          for (int r = 0; r < variant.replications(); r++) {
            runs.add(futures.get(next++).get());
          }
          results.add(PolicyResult.aggregate(policy, variant.label(), runs));
        }
      }
      return new ExperimentResult(scenario, results);
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
}
