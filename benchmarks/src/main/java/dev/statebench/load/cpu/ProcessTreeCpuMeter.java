package dev.statebench.load.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU time of a local server process and all its descendants, read from Linux {@code /proc} (proc(5)): a
 * redis-server, or a PostgreSQL postmaster with its backends and background workers.
 *
 * <p>Each live process contributes the sum over its threads of the first field of
 * {@code /proc/PID/task/TID/schedstat} (time on the CPU in nanoseconds; the kernel's scheduler statistics,
 * Documentation/scheduler/sched-stats.rst), or, where that file is missing, {@code utime + stime} of
 * {@code /proc/PID/stat} in clock ticks ({@value #TICKS_PER_SECOND} per second, the USER_HZ of every mainstream
 * Linux). The root also contributes {@code cutime + cstime}: the time of children that exited and were reaped (a
 * PostgreSQL backend whose connection closed). Threads that exited inside a live process are lost; the servers measured
 * here keep theirs for the whole run.
 */
public final class ProcessTreeCpuMeter implements CpuMeter {
  static final long TICKS_PER_SECOND = 100;
  private static final Path PROC = Path.of("/proc");

  private final long rootPid;
  private final String what;

  public ProcessTreeCpuMeter(long rootPid, String what) {
    this.rootPid = rootPid;
    this.what = what;
    if (!Files.isReadable(PROC.resolve(Long.toString(rootPid)).resolve("stat"))) {
      throw new IllegalArgumentException("no process " + rootPid + " visible in /proc");
    }
  }

  /** Whether {@code pid} is visible here and its command name ({@code comm}) contains {@code name}. */
  public static boolean isLocalProcess(long pid, String name) {
    try {
      return ProcStat.read(pid).comm().contains(name);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** The parent pid of {@code pid}, from {@code /proc/PID/stat}. */
  public static long parentOf(long pid) throws IOException {
    return ProcStat.read(pid).ppid();
  }

  @Override
  public long cpuNanos() {
    try {
      long total = ProcStat.read(rootPid).reapedChildrenTicks() * (1_000_000_000L / TICKS_PER_SECOND);
      for (long pid : tree()) {
        total += processNanos(pid);
      }
      return total;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the CPU time of " + what + " (pid " + rootPid + ") from /proc: "
          + e.getMessage(), e);
    }
  }

  @Override
  public String source() {
    return "/proc schedstat of " + what + " (pid " + rootPid + ") and its child processes";
  }

  /** The root and every live descendant. */
  List<Long> tree() throws IOException {
    Map<Long, List<Long>> children = new HashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, entry -> isPid(entry.getFileName().toString()))) {
      for (Path entry : entries) {
        long pid = Long.parseLong(entry.getFileName().toString());
        try {
          children.computeIfAbsent(ProcStat.read(pid).ppid(), parent -> new ArrayList<>()).add(pid);
        } catch (IOException | RuntimeException goneMeanwhile) {
          // A process that ended while /proc was being listed has nothing left to count.
        }
      }
    }
    List<Long> tree = new ArrayList<>();
    Deque<Long> pending = new ArrayDeque<>(List.of(rootPid));
    while (!pending.isEmpty()) {
      long pid = pending.pop();
      tree.add(pid);
      pending.addAll(children.getOrDefault(pid, List.of()));
    }
    return tree;
  }

  private static long processNanos(long pid) {
    Path tasks = PROC.resolve(Long.toString(pid)).resolve("task");
    long total = 0;
    boolean any = false;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        Path schedstat = thread.resolve("schedstat");
        if (Files.isReadable(schedstat)) {
          String text = Files.readString(schedstat, StandardCharsets.US_ASCII).trim();
          total += Long.parseLong(text.substring(0, text.indexOf(' ')));
          any = true;
        }
      }
    } catch (IOException | RuntimeException goneOrNoSchedstat) {
      any = false;
      total = 0;
    }
    if (any) {
      return total;
    }
    try {
      return ProcStat.read(pid).ownTicks() * (1_000_000_000L / TICKS_PER_SECOND);
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  private static boolean isPid(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  /** The fields of {@code /proc/PID/stat} used here (proc(5): pid (comm) state ppid … utime stime cutime cstime). */
  record ProcStat(String comm, long ppid, long utime, long stime, long cutime, long cstime) {
    static ProcStat read(long pid) throws IOException {
      String text = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"), StandardCharsets.US_ASCII);
      int open = text.indexOf('(');
      int close = text.lastIndexOf(')');
      String[] fields = text.substring(close + 2).trim().split(" ");
      // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17
      return new ProcStat(text.substring(open + 1, close), Long.parseLong(fields[1]), Long.parseLong(fields[11]),
          Long.parseLong(fields[12]), Long.parseLong(fields[13]), Long.parseLong(fields[14]));
    }

    long ownTicks() {
      return utime + stime;
    }

    long reapedChildrenTicks() {
      return cutime + cstime;
    }
  }
}
