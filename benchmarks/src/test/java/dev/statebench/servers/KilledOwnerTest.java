package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * No server outlives its owner: a JVM that started embedded Redis, PostgreSQL and a PostgreSQL replica is killed with SIGKILL (no
 * shutdown hook runs), and within seconds neither server process nor either directory remains.
 */
class KilledOwnerTest {
  private static final Duration OWNER_START_DEADLINE = Duration.ofSeconds(90);
  private static final Duration CLEANUP_DEADLINE = Duration.ofSeconds(15);

  @Test
  void ownerKilledWithSigkill_leavesNoServerProcessOrDirectory() throws Exception {
    Process owner = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), EmbeddedServersOwner.class.getName()))
        .redirectError(Redirect.DISCARD)
        .start();
    Map<String, String> started = readUntilReady(owner);
    ProcessHandle redis = ProcessHandle.of(Long.parseLong(started.get("redis-pid"))).orElseThrow();
    ProcessHandle postgres = ProcessHandle.of(Long.parseLong(started.get("postgres-pid"))).orElseThrow();
    ProcessHandle replica = ProcessHandle.of(Long.parseLong(started.get("replica-pid"))).orElseThrow();
    Path replicaDir = Path.of(started.get("replica-dir"));
    ProcessHandle watchdog = ProcessHandle.of(Long.parseLong(started.get("watchdog-pid"))).orElseThrow();
    Path redisDir = Path.of(started.get("redis-dir"));
    Path postgresDir = Path.of(started.get("postgres-dir"));
    assertThat(redis.isAlive()).isTrue();
    assertThat(postgres.isAlive()).isTrue();
    assertThat(redisDir).isDirectory();
    assertThat(postgresDir).isDirectory();

    owner.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no close()
    assertThat(owner.waitFor(10, TimeUnit.SECONDS)).isTrue();

    awaitTrue("the redis-server process to end", () -> !redis.isAlive());
    awaitTrue("the PostgreSQL postmaster to end", () -> !postgres.isAlive());
    awaitTrue("the PostgreSQL replica's postmaster to end", () -> !replica.isAlive());
    awaitTrue("the replica's directory to be removed", () -> !Files.exists(replicaDir));
    awaitTrue("the Redis directory to be removed", () -> !Files.exists(redisDir));
    awaitTrue("the PostgreSQL directory to be removed", () -> !Files.exists(postgresDir));
    awaitTrue("the watchdog itself to end", () -> !watchdog.isAlive());
  }

  private static Map<String, String> readUntilReady(Process owner) throws IOException {
    Map<String, String> values = new HashMap<>();
    long deadline = System.nanoTime() + OWNER_START_DEADLINE.toNanos();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
        if (line.equals("ready")) {
          return values;
        }
        int space = line.indexOf(' ');
        if (space > 0) {
          values.put(line.substring(0, space), line.substring(space + 1));
        }
      }
    }
    owner.destroyForcibly();
    throw new AssertionError("the owner did not start its servers; it printed " + values);
  }

  private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + CLEANUP_DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + CLEANUP_DEADLINE.toSeconds() + " s waiting for " + what);
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }
}
