package dev.statebench.load.cpu;

/**
 * The client meter (this JVM, its JIT compiler threads apart) and the store meter of one target, read together at the
 * start and the end of a run.
 * A target without a store has a store meter that is {@linkplain CpuMeter#measurable() not measurable}, saying so.
 */
public record CpuMeters(CpuMeter client, CpuMeter server) implements AutoCloseable {

  /** Closes the store meter (the client meter holds nothing). */
  @Override
  public void close() {
    server.close();
  }

  /** A run in progress: the readings taken at its start. */
  public final class Running {
    private final JitCompilerCpuMeter jit = new JitCompilerCpuMeter();
    private final java.util.Map<Long, Long> jitStart;
    private final long clientStart;
    private final long serverStart;

    private Running() {
      this.jitStart = jit.read();
      this.clientStart = client.cpuNanos();
      this.serverStart = server.measurable() ? server.cpuNanos() : -1;
    }

    /**
     * Reads the meters again and returns the CPU time used since {@link #start()}: the client's without the JIT
     * compiler threads' share, which is returned beside it.
     */
    public CpuUsage stop() {
      long clientUsed = client.cpuNanos() - clientStart;
      long jitUsed = JitCompilerCpuMeter.usedBetween(jitStart, jit.read());
      long serverUsed = server.measurable() ? server.cpuNanos() - serverStart : -1;
      return new CpuUsage(Math.max(0, clientUsed - jitUsed), jitUsed, serverUsed, server.source());
    }
  }

  /** Takes the starting readings. */
  public Running start() {
    return new Running();
  }
}
