package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.workload.Distribution;
import java.util.List;

/**
 * The starting fleet and the work each request brings to it.
 *
 * @param backends the initial backends
 * @param service CPU work per request at speed 1, nanoseconds
 * @param remoteWait wait per request that holds no worker (a remote call), nanoseconds; null for none
 */
public record FleetSpec(List<BackendSpec> backends, Distribution service, Distribution remoteWait) {}
