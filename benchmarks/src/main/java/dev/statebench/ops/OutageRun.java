package dev.statebench.ops;

import dev.statebench.outage.OutagePlan;
import dev.statebench.outage.OutageResult;
import java.util.List;

/**
 * One outage of {@code statebench outage}: the fault, its schedule and the load, then what each strategy did.
 *
 * @param store the store taken down, {@code redis} or {@code postgres}
 * @param fault {@code kill} (SIGKILL, then restart) or {@code freeze} (SIGSTOP, then SIGCONT)
 * @param offeredPerSecond Poisson arrivals per second
 * @param durationSeconds length of the load
 * @param faultAtSeconds when the fault hit, from the start of the load
 * @param outageSeconds how long the store stayed down
 * @param connections concurrent requests
 * @param timeoutMillis a request not answered this long after its intended start is a timeout
 * @param strategies one result per strategy, in the order run
 */
public record OutageRun(String store, String fault, double offeredPerSecond, double durationSeconds,
    double faultAtSeconds, double outageSeconds, int connections, long timeoutMillis, List<OutageResult> strategies) {

  public OutageRun {
    strategies = List.copyOf(strategies);
  }

  /** The run of {@code plan} with its results. */
  public static OutageRun of(OutagePlan plan, List<OutageResult> results) {
    return new OutageRun(plan.store().label(), plan.fault().label(), plan.rate(), plan.duration().toMillis() / 1e3,
        plan.at().toMillis() / 1e3, plan.outage().toMillis() / 1e3, plan.connections(), plan.timeout().toMillis(),
        results);
  }
}
