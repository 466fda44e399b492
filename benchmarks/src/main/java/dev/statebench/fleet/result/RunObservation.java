package dev.statebench.fleet.result;

import dev.statebench.fleet.client.RequestRecord;
import dev.statebench.fleet.scenario.FleetScenario;
import java.util.List;
import java.util.Map;

/**
 * Everything one real run of one policy left behind: the client's log, each instance's live interval and when
 * each fleet event actually fired. Times are nanoseconds from the run's start.
 *
 * @param scenario the variant that ran
 * @param policy the simulator policy HAProxy was configured for
 * @param instances every declared instance name, in number order
 * @param live each instance's live interval {@code [from, to)} ({@code to} = run end when never killed)
 * @param eventNanos when each fleet event fired, in scenario order
 * @param firstAddedInstance number of the first instance added by the first {@code add} event, -1 without one
 * @param firstAddNanos when that event fired, -1 without one
 * @param records the client's log
 */
public record RunObservation(FleetScenario scenario, String policy, List<String> instances, Map<String, long[]> live,
    List<Long> eventNanos, int firstAddedInstance, long firstAddNanos, List<RequestRecord> records) {}
