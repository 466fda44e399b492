package dev.statebench.load.cpu;

import java.lang.management.ManagementFactory;

/**
 * CPU time of this JVM: every thread, including the load generator's own, the client library's event loops, the JIT
 * and the garbage collector ({@code com.sun.management.OperatingSystemMXBean#getProcessCpuTime}, which on Linux is
 * {@code clock_gettime(CLOCK_PROCESS_CPUTIME_ID)}, nanosecond resolution, exited threads included).
 */
public final class JvmProcessCpuMeter implements CpuMeter {
  private final com.sun.management.OperatingSystemMXBean os;

  public JvmProcessCpuMeter() {
    if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean bean)) {
      throw new IllegalStateException("this JVM does not report its process CPU time");
    }
    this.os = bean;
  }

  @Override
  public long cpuNanos() {
    long nanos = os.getProcessCpuTime();
    if (nanos < 0) {
      throw new IllegalStateException("this JVM does not report its process CPU time");
    }
    return nanos;
  }

  @Override
  public String source() {
    return "JVM process CPU time (pid " + ProcessHandle.current().pid() + ")";
  }
}
