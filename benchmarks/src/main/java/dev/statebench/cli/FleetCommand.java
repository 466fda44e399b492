package dev.statebench.cli;

import dev.statebench.fleet.FleetRun;
import dev.statebench.fleet.lab.HaproxyBinary;
import dev.statebench.fleet.scenario.FleetScenario;
import dev.statebench.fleet.scenario.ScenarioReader;
import dev.statebench.UserFacingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statebench fleet SCENARIO.yaml}: runs a simulator scenario on a real fleet (app instances behind HAProxy)
 * and writes the result in the simulator's JSON shape, see {@link FleetRun}.
 */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    description = {"Run an lb-sim scenario on a real fleet: 'statebench app' instances behind HAProxy, driven by a"
        + " session-level open-loop client; write NAME.json in lb-sim's result shape into --out.",
        "Needs HAProxy (apt-get install haproxy). Runs in real time: scale a scenario to seconds before running it."})
final class FleetCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file lb-sim reads.")
  Path scenario;

  @Option(names = "--out", defaultValue = "fleet-results", description = "Output folder (default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--port", defaultValue = "0",
      description = "HAProxy's frontend port on 127.0.0.1 (default 0: a free port).")
  int port;

  @Option(names = "--haproxy", paramLabel = "PATH",
      description = "The haproxy executable (default: $STATEBENCH_HAPROXY, else haproxy on PATH or in /usr/sbin).")
  Path haproxyPath;

  @Option(names = "--verbose", description = "Print stack traces of failures.")
  boolean verbose;

  @Mixin
  ServerOptions serverOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UserFacingException("--port must be between 0 and 65535, got " + port);
    }
    List<FleetScenario> variants = ScenarioReader.read(scenario);
    FleetRun.validate(variants);
    FleetRun.requireFolder(out);
    Path haproxy = haproxyPath == null ? HaproxyBinary.locate()
        : HaproxyBinary.locate(haproxyPath.toString(), null);
    PrintWriter console = spec.commandLine().getOut();
    long start = System.nanoTime();
    Path file = new FleetRun(haproxy, serverOptions.config(), port, console).run(variants, out);
    console.println("wrote " + file + " in " + Math.round((System.nanoTime() - start) / 1e9) + " s");
    console.flush();
    return 0;
  }
}
