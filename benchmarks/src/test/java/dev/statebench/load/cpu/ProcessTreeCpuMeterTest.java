package dev.statebench.load.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code /proc} meter against real processes that burn a known amount of CPU, checked against the JDK's own
 * reading of the same processes ({@link ProcessHandle.Info#totalCpuDuration()}, clock ticks of 10 ms).
 */
class ProcessTreeCpuMeterTest {
  private static final long TICK = 10_000_000L;
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  /** Busy loop of {@code iterations} in sh, then block reading stdin (so the CPU time stops growing). */
  private static String burnThenWait(int iterations) {
    return "i=0; while [ $i -lt " + iterations + " ]; do i=$((i+1)); done; read line";
  }

  @Test
  void process_agreesWithTheJdkReadingOfTheSameProcess() throws Exception {
    Process shell = new ProcessBuilder("sh", "-c", burnThenWait(300_000)).start();
    try {
      awaitBlocked(List.of(shell.pid()));
      ProcessTreeCpuMeter meter = new ProcessTreeCpuMeter(shell.pid(), "sh");

      long measured = meter.cpuNanos();
      long jdk = shell.toHandle().info().totalCpuDuration().orElseThrow().toNanos();

      assertThat(jdk).isGreaterThan(5 * TICK);
      // schedstat is exact; the JDK's figure is truncated to whole ticks of user and of system time
      assertThat(measured).isBetween(jdk - TICK, jdk + 2 * TICK + jdk / 20);
    } finally {
      finish(shell);
    }
  }

  @Test
  void tree_includesTheChildrenOfTheRoot() throws Exception {
    // the parent shell forks a subshell that burns CPU, then reads the parent's stdin (fd 3: a background job's own
    // stdin is /dev/null); the parent itself only waits
    Process shell = new ProcessBuilder("sh", "-c", "exec 3<&0; (" + burnThenWait(300_000) + " <&3) & wait").start();
    try {
      long child = awaitChild(shell);
      awaitBlocked(List.of(child));
      ProcessTreeCpuMeter meter = new ProcessTreeCpuMeter(shell.pid(), "sh");

      long measured = meter.cpuNanos();
      long childJdk = ProcessHandle.of(child).orElseThrow().info().totalCpuDuration().orElseThrow().toNanos();
      long parentJdk = shell.toHandle().info().totalCpuDuration().orElseThrow().toNanos();

      assertThat(childJdk).isGreaterThan(5 * TICK);
      assertThat(meter.tree()).contains(shell.pid(), child);
      assertThat(measured).isBetween(childJdk + parentJdk - 2 * TICK, childJdk + parentJdk + 4 * TICK + childJdk / 20);
    } finally {
      finish(shell);
    }
  }

  @Test
  void jvm_countsTheCpuTimeThisThreadBurns() {
    JvmProcessCpuMeter meter = new JvmProcessCpuMeter();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long before = meter.cpuNanos();
    long threadBefore = threads.getCurrentThreadCpuTime();
    long sink = 0;
    while (threads.getCurrentThreadCpuTime() - threadBefore < 100_000_000L) {
      sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
    }
    long threadUsed = threads.getCurrentThreadCpuTime() - threadBefore;

    long processUsed = meter.cpuNanos() - before;

    // the process used at least what this thread used (other JVM threads only add)
    assertThat(processUsed).isGreaterThanOrEqualTo(threadUsed - 1_000_000L);
    assertThat(sink).isNotNegative();
  }

  private static long awaitChild(Process shell) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      List<ProcessHandle> children = shell.toHandle().children().toList();
      if (!children.isEmpty()) {
        return children.get(0).pid();
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the shell started no child within " + DEADLINE);
  }

  /** Waits until every process is blocked (state S: sleeping in {@code read}), i.e. done burning CPU. */
  private static void awaitBlocked(List<Long> pids) throws IOException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      boolean all = true;
      for (long pid : pids) {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
        char state = stat.charAt(stat.lastIndexOf(')') + 2);
        all &= state == 'S';
      }
      if (all) {
        return;
      }
      Thread.onSpinWait();
    }
    throw new AssertionError("the processes did not finish their loop within " + DEADLINE);
  }

  private static void finish(Process shell) throws IOException, InterruptedException {
    try (OutputStream in = shell.getOutputStream()) {
      in.write('\n');
    } catch (IOException alreadyGone) {
      // the shell ended; nothing to release
    }
    if (!shell.waitFor(10, TimeUnit.SECONDS)) {
      shell.descendants().forEach(ProcessHandle::destroyForcibly);
      shell.destroyForcibly();
    }
  }
}
