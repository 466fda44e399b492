package dev.statebench.load.cpu;

/**
 * The client meter (this JVM) and the store meter of one target, read together at the start and the end of a run.
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
    private final long clientStart;
    private final long serverStart;

    private Running() {
      this.clientStart = client.cpuNanos();
      this.serverStart = server.measurable() ? server.cpuNanos() : -1;
    }

    /** Reads both meters again and returns the CPU time used since {@link #start()}. */
    public CpuUsage stop() {
      long clientUsed = client.cpuNanos() - clientStart;
      long serverUsed = server.measurable() ? server.cpuNanos() - serverStart : -1;
      return new CpuUsage(clientUsed, serverUsed, server.source());
    }
  }

  /** Takes the starting readings. */
  public Running start() {
    return new Running();
  }
}
