package dev.statebench.load.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this JVM's JIT compiler threads (HotSpot's {@code C1 CompilerThread…} and {@code C2 CompilerThread…},
 * named so in {@code /proc/self/task/TID/comm}, truncated to 15 characters), read from their schedstat. Compilation is
 * a warm-up cost, not a per-request one: the client's CPU per request is reported without it, and the compiler's share
 * of the run is reported beside it, so a run that was still compiling shows as such.
 *
 * <p>Differences are taken per thread: a compiler thread that appears during the run counts whole; one that ends
 * during the run (HotSpot adds and removes compiler threads on demand) is not counted, which can only leave its share
 * in the client figure, never take more out.
 */
public final class JitCompilerCpuMeter {
  private static final Path TASKS = Path.of("/proc/self/task");

  /** Readings per compiler thread id, in nanoseconds. */
  public Map<Long, Long> read() {
    Map<Long, Long> threads = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return threads;
    }
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          String comm = Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).trim();
          if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            String schedstat = Files.readString(task.resolve("schedstat"), StandardCharsets.US_ASCII).trim();
            threads.put(Long.parseLong(task.getFileName().toString()),
                Long.parseLong(schedstat.substring(0, schedstat.indexOf(' '))));
          }
        } catch (IOException | RuntimeException goneMeanwhile) {
          // a thread that ended while being read has nothing left to count
        }
      }
    } catch (IOException e) {
      return threads;
    }
    return threads;
  }

  /** CPU time the compiler threads alive at {@code end} used since {@code start}. */
  public static long usedBetween(Map<Long, Long> start, Map<Long, Long> end) {
    long used = 0;
    for (Map.Entry<Long, Long> thread : end.entrySet()) {
      used += Math.max(0, thread.getValue() - start.getOrDefault(thread.getKey(), 0L));
    }
    return used;
  }
}
