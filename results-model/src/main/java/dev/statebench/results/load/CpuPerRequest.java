package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * CPU time per answered request, in microseconds, each the process CPU time over the measured interval divided by the
 * requests answered in it. A figure is null when it could not be measured.
 *
 * @param client the load generator's JVM, without its JIT compiler threads
 * @param clientJit the JIT compiler threads' share of the client process
 * @param server the store's server processes (null for targets without a store or when not measurable)
 * @param serverSource where the server figure comes from, e.g. {@code /proc schedstat of redis-server …}
 * @param generator the {@code noop} control's client CPU at the same rate: what the generator itself costs (null for
 *     the control itself)
 */
public record CpuPerRequest(
    @JsonProperty("client") Double client,
    @JsonProperty("client_jit") Double clientJit,
    @JsonProperty("server") Double server,
    @JsonProperty("server_source") String serverSource,
    @JsonProperty("generator") Double generator) {

  /** What the application pays per request: client minus the generator's own share, never below zero. */
  public java.util.Optional<Double> app() {
    return client == null || generator == null ? java.util.Optional.empty()
        : java.util.Optional.of(Math.max(0, client - generator));
  }
}
