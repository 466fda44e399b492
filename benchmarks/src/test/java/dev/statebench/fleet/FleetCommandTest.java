package dev.statebench.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.cli.Statebench;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultReader;
import dev.statebench.servers.ProcessReaper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statebench fleet} and {@code statebench app} on the command line: a short real run and bad input. */
class FleetCommandTest {
  private static final String SCENARIO = """
      name: tiny
      seed: 5
      warmup: 1s
      duration: 4s
      backends: {count: 2, workers: 2, service: {dist: fixed, mean: 2ms}}
      sessions:
        arrival: {dist: poisson, rate: 5/s}
        length: {dist: fixed, mean: 6}
        think: {dist: fixed, mean: 200ms}
        start: empty
      policies: [POLICY]
      state: {model: local}
      events:
        - {at: 2500ms, add: 1}
      report: {window: 1s}
      """;

  @TempDir
  Path dir;

  @Test
  void fleet_runsAShortScenario_andWritesTheSimulatorsResultShape() throws IOException {
    // The reaper's watchdog is one child for the whole JVM, started by the first server any test starts: start it
    // now, so that run alone this test does not count it among the processes the run left behind.
    Path probe = dir.resolve("reaper-probe");
    ProcessReaper.instance().register(probe);
    ProcessReaper.instance().forget(probe);
    List<ProcessHandle> before = ProcessHandle.current().children().toList();
    Path scenario = write("sticky(inner=round-robin)");

    Run run = run("fleet", scenario.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.status).as(run.err).isEqualTo(0);
    SimulationResult result = new SimulationResultReader().read(dir.resolve("out/tiny.json"));
    assertThat(result.formatVersion()).isEqualTo(SimulationResult.CURRENT_FORMAT);
    assertThat(result.engine().name()).isEqualTo("statebench-fleet");
    PolicyResult policy = result.policies().get(0);
    assertThat(policy.policy()).isEqualTo("sticky(inner=round-robin)");
    Estimate completed = policy.metrics().requests().completed();
    assertThat(completed.mean()).isPositive();
    assertThat(completed.n()).isEqualTo(1);
    assertThat(completed.hasInterval()).isFalse();
    assertThat(policy.metrics().latencyMs().p99().mean()).isPositive();
    assertThat(policy.metrics().scaleout().convergenceSeconds()).isNotNull();
    assertThat(policy.perBackend().requests()).hasSize(3);
    assertThat(policy.perBackend().requests().stream().mapToDouble(Double::doubleValue).sum())
        .isEqualTo(completed.mean());
    assertThat(Files.readAllLines(dir.resolve("out/lab/tiny-0/requests.csv")).get(0))
        .isEqualTo("session,kind,sent_ns,done_ns,status,instance,relogged");
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList())
        .allSatisfy(child -> assertThat(before).contains(child));
  }

  @Test
  void fleet_withAPolicyHaproxyCannotExpress_exitsWith2NamingIt() throws IOException {
    Run run = run("fleet", write("maglev").toString(), "--out", dir.resolve("out").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("'maglev' has no HAProxy counterpart");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void fleet_withoutHaproxy_exitsWith2SayingHowToInstallIt() throws IOException {
    Run run = run("fleet", write("round-robin").toString(), "--haproxy", dir.resolve("no-haproxy").toString(),
        "--out", dir.resolve("out").toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("apt-get install haproxy");
  }

  @Test
  void fleet_onABusyPort_exitsWith2() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = run("fleet", write("round-robin").toString(), "--port", Integer.toString(busy.getLocalPort()),
          "--out", dir.resolve("out").toString());

      assertThat(run.status).isEqualTo(2);
      assertThat(run.err).contains("port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
    }
  }

  @Test
  void fleet_withAKeyTheLabCannotReproduce_exitsWith2NamingTheKey() throws IOException {
    Path scenario = dir.resolve("slow.yaml");
    Files.writeString(scenario, SCENARIO.replace("POLICY", "round-robin")
        .replace("- {at: 2500ms, add: 1}", "- {at: 2s, slow: 0, speed: 0.5}"));

    Run run = run("fleet", scenario.toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("statebench: events: [at, slow, speed] is not supported by the fleet lab");
  }

  @Test
  void fleet_withEquilibriumStart_exitsWith2AskingForAnEmptyStart() throws IOException {
    Path scenario = dir.resolve("eq.yaml");
    Files.writeString(scenario, SCENARIO.replace("POLICY", "round-robin").replace("  start: empty\n", ""));

    Run run = run("fleet", scenario.toString());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("sessions.start").contains("start: empty");
  }

  @Test
  void app_onABusyPort_exitsWith2() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = run("app", "--port", Integer.toString(busy.getLocalPort()));

      assertThat(run.status).isEqualTo(2);
      assertThat(run.err.lines()).hasSize(1);
      assertThat(run.err).contains("port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
    }
  }

  private Path write(String policy) throws IOException {
    Path file = dir.resolve("tiny.yaml");
    Files.writeString(file, SCENARIO.replace("POLICY", "'" + policy + "'"));
    return file;
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Statebench.execute(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }
}
