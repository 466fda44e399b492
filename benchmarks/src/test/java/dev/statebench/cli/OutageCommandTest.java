package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.servers.EmbeddedRedisServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input to {@code statebench outage} ends with one line and exit 2 before any server is touched. */
class OutageCommandTest {
  private static String usageError(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      assertThat(Statebench.execute(args)).isEqualTo(Statebench.USAGE_ERROR);
    } finally {
      System.setErr(original);
    }
    String message = err.toString(StandardCharsets.UTF_8).strip();
    assertThat(message).doesNotContain("\n");
    return message;
  }

  @Test
  void unknownStrategyStoreOrFault_namesTheChoices() {
    assertThat(usageError("outage", "--strategies", "memcached")).contains("memcached").contains("hybrid-fail-open");
    assertThat(usageError("outage", "--store", "mongo")).contains("redis or postgres");
    assertThat(usageError("outage", "--fault", "unplug")).contains("kill or freeze");
  }

  @Test
  void faultEndingTooLate_isRefused() {
    assertThat(usageError("outage", "--duration", "12s", "--at", "8s", "--for", "3s")).contains("--duration");
  }

  @Test
  void externalRedis_isNeverCrashed() {
    try (EmbeddedRedisServer someoneElses = EmbeddedRedisServer.start(0)) {
      String message = usageError("outage", "--redis-url", someoneElses.endpoint().uri(), "--strategies", "redis");

      assertThat(message).contains("need the embedded Redis");
      assertThat(someoneElses.processHandle().isAlive()).isTrue();
    }
  }
}
