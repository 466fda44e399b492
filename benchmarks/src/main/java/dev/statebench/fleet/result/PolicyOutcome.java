package dev.statebench.fleet.result;

import dev.statebench.results.sim.SimVariant;
import java.util.Map;

/**
 * The metrics of one real run of one policy, named as the simulator names them (one run: {@code n} = 1, no
 * interval), with per-instance arrays and, when the scenario asks for a window, per-window series.
 *
 * @param policy the simulator policy
 * @param variant the sweep variant ({@link SimVariant#NONE} without a sweep)
 * @param metrics dotted metric name to value
 * @param requestsPerInstance requests each instance answered (200) in the measured period, as lb-sim counts them
 * @param liveSeconds each instance's live time in the measured period
 * @param windowSeconds the series' window, 0 without series
 * @param windowRequests requests routed to each instance in each window
 * @param windowLive each instance's live seconds in each window
 * @param windowLogins re-logins in each window
 * @param windowFailed failed requests in each window
 */
public record PolicyOutcome(String policy, SimVariant variant, Map<String, Double> metrics,
    double[] requestsPerInstance, double[] liveSeconds, double windowSeconds, double[][] windowRequests, double[][] windowLive,
    double[] windowLogins, double[] windowFailed) {}
