package dev.statebench.load;

/**
 * One system under load, ready to serve requests: a populated store or a gated verifier with its tokens. Thread-safe:
 * the open-loop generator and multi-threaded benchmarks call {@link #call(int)} from many threads.
 */
public interface TargetClient extends AutoCloseable {
  /**
   * Serves request number {@code index} (inputs are drawn from a pre-generated pool by index) and returns its result.
   *
   * @throws Exception when the request fails; the caller counts it as an error or a timeout, never as a latency
   */
  Object call(int index) throws Exception;

  /** What a summary should say about this client beyond its target (population, memory per session); may be empty. */
  default java.util.Map<String, Object> description() {
    return java.util.Map.of();
  }

  /** Releases connections and removes populated data. */
  @Override
  void close();
}
