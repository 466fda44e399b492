package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.engine.EventQueue;
import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.engine.Simulation;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.router.PolicySpec;
import dev.statebench.lbsim.router.RouterRegistry;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lb-sim bench}: single-threaded engine throughput, the figures the engine is held to. Each case runs once
 * to let the JIT compile the hot paths, then once timed; events per second counts every event the loop processes
 * (a session arrival and a service completion per request here).
 *
 * <ul>
 *   <li>{@code queue-1k}, {@code queue-1m}: the event queue alone, hold model (pop the earliest event, push one a
 *       random exponential time later): a thousand events 1 ms apart on average (requests in service), and a
 *       million events 1 s apart (a million sessions thinking);
 *   <li>{@code p2c-100}: 100 backends, p2c(d=2), exponential service, utilisation 0.9;
 *   <li>{@code maglev-1000}: 1,000 backends, maglev, exponential service, utilisation 0.7.
 * </ul>
 * Read: events/s per wall-clock second and per CPU second of the simulating thread (on a shared machine the CPU
 * figure is the one-core speed); compare cases within one run (machines are noisy).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure single-core engine throughput (events per second) on built-in cases.")
final class BenchCommand implements Callable<Integer> {
  private static final String SCENARIO = """
      seed: 7
      requests: 1000
      backends: {count: 100, workers: 1, service: {dist: exponential, mean: 1ms}}
      sessions: {arrival: {dist: poisson, rate: 90000/s}}
      policies: [p2c(d=2)]
      """;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  /** Keeps the hold loop's result alive so the JIT cannot drop the loop. */
  private static volatile long sink;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "10000000",
      description = "Requests per timed simulation case (default ${DEFAULT-VALUE}).")
  long requests;

  @Option(names = "--case", paramLabel = "NAME", split = ",",
      description = "Cases to run: queue-1k, queue-1m, p2c-100, maglev-1000 (default all).")
  List<String> cases = List.of("queue-1k", "queue-1m", "p2c-100", "maglev-1000");

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() {
    System.out.printf(Locale.ROOT, "%-12s %12s %9s %14s %9s %14s%n", "case", "events", "wall s", "events/wall s",
        "cpu s", "events/cpu s");
    for (String name : cases) {
      switch (name) {
        case "queue-1k" -> queue(name, 1_000, 1e6);
        case "queue-1m" -> queue(name, 1_000_000, 1e9);
        case "p2c-100" -> simulation(name, List.of());
        case "maglev-1000" -> simulation(name, List.of("backends.count=1000", "sessions.arrival.rate=700000/s",
            "policies=[maglev]"));
        default -> throw new InvalidInputException("--case: unknown case '" + name + "'");
      }
    }
    return 0;
  }

  private void simulation(String name, List<String> overrides) {
    List<String> all = new ArrayList<>(overrides);
    all.add("requests=" + Math.max(1, requests / 5));
    run(ScenarioLoader.parse(SCENARIO, name, all));
    all.set(all.size() - 1, "requests=" + requests);
    Scenario scenario = ScenarioLoader.parse(SCENARIO, name, all);
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    ReplicationResult result = run(scenario);
    print(name, result.events(), System.nanoTime() - start, THREADS.getCurrentThreadCpuTime() - cpuStart);
  }

  private static ReplicationResult run(Scenario scenario) {
    String policy = scenario.policies().get(0);
    return new Simulation(scenario.config(), env -> RouterRegistry.create(PolicySpec.parse(policy, "policies[0]"), env),
        0, fraction -> { }).run();
  }

  private void queue(String name, int pending, double meanDelayNanos) {
    long operations = requests * 2;
    hold(pending, meanDelayNanos, operations / 5);
    long start = System.nanoTime();
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    sink = hold(pending, meanDelayNanos, operations);
    print(name, operations, System.nanoTime() - start,
        THREADS.getCurrentThreadCpuTime() - cpuStart);
  }

  /** The classic hold model: the queue keeps {@code pending} events; returns a value that depends on every pop. */
  private static long hold(int pending, double meanDelayNanos, long operations) {
    EventQueue queue = new EventQueue(pending);
    RandomStream random = new RandomStream(1);
    for (int i = 0; i < pending; i++) {
      queue.push((long) (-Math.log(random.nextOpenDouble()) * meanDelayNanos), 0, i);
    }
    long checksum = 0;
    for (long i = 0; i < operations; i++) {
      queue.pop();
      long now = queue.poppedTime();
      checksum += queue.poppedPayload();
      queue.push(now + (long) (-Math.log(random.nextOpenDouble()) * meanDelayNanos), 0, i);
    }
    return checksum;
  }

  private static void print(String name, long events, long wallNanos, long cpuNanos) {
    System.out.printf(Locale.ROOT, "%-12s %12d %9.2f %14.0f %9.2f %14.0f%n", name, events, wallNanos / 1e9,
        events / (wallNanos / 1e9), cpuNanos / 1e9, events / (cpuNanos / 1e9));
  }
}
