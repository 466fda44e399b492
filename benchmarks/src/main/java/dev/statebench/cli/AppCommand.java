package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.fleet.app.AppServer;
import dev.statebench.fleet.app.AppSettings;
import dev.statebench.fleet.app.StateModel;
import dev.statebench.fleet.scenario.Distribution;
import dev.statebench.fleet.scenario.ScenarioException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statebench app}: one fleet-lab app instance (see {@link AppServer}) that serves until killed, or until the
 * process named by {@code --parent-pid} ends, so instances never outlive the lab that started them.
 */
@Command(
    name = "app",
    mixinStandardHelpOptions = true,
    description = {"Run one fleet-lab app instance on 127.0.0.1: POST /login creates a session, GET /work resolves it"
        + " (401 when missing) and then waits a drawn service time, GET /health answers 200.",
        "Service times are waited on a timer, not spun, so instances on a small machine do not compete for cores."})
final class AppCommand implements Callable<Integer> {
  @Option(names = "--port", required = true, description = "TCP port on 127.0.0.1.")
  int port;

  @Option(names = "--name", defaultValue = "app", description = "Instance name, returned in X-Instance (default ${DEFAULT-VALUE}).")
  String name;

  @Option(names = "--state", defaultValue = "LOCAL",
      description = "Where sessions live: local, redis, sql, jwt (default local).")
  StateModel state;

  @Option(names = "--workers", defaultValue = "4", description = "Concurrent service slots (default ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--service-dist", defaultValue = "exponential",
      description = "Service-time distribution: fixed, exponential, lognormal (default ${DEFAULT-VALUE}).")
  String serviceDist;

  @Option(names = "--service-mean", defaultValue = "5ms", converter = DurationConverter.class,
      description = "Mean service time (default ${DEFAULT-VALUE}).")
  Duration serviceMean;

  @Option(names = "--service-cv", defaultValue = "1", description = "Coefficient of variation for lognormal (default ${DEFAULT-VALUE}).")
  double serviceCv;

  @Option(names = "--login-mean", defaultValue = "50ms", converter = DurationConverter.class,
      description = "Mean login time, lognormal with cv 0.3 as in the simulator (default ${DEFAULT-VALUE}).")
  Duration loginMean;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the service-time draws (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--parent-pid", description = "Exit when this process ends (the lab passes its own pid).")
  Optional<Long> parentPid;

  @Mixin
  ServerOptions serverOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 1 || port > 65535) {
      throw new UserFacingException("--port must be between 1 and 65535, got " + port);
    }
    if (workers < 1) {
      throw new UserFacingException("--workers must be at least 1, got " + workers);
    }
    Distribution service = switch (serviceDist) {
      case "fixed" -> Distribution.fixed(serviceMean.toNanos());
      case "exponential" -> new Distribution("exponential", serviceMean.toNanos(), 0, 0);
      case "lognormal" -> new Distribution("lognormal", serviceMean.toNanos(), requirePositive(serviceCv), 0);
      default -> throw new ScenarioException("--service-dist must be fixed, exponential or lognormal, got " + serviceDist);
    };
    Distribution login = new Distribution("lognormal", loginMean.toNanos(), 0.3, 0);
    AppSettings settings = new AppSettings(name, port, state, workers, service, login, seed);
    AppServer server = AppServer.start(settings, serverOptions.config());
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "app-shutdown"));
    parentPid.flatMap(ProcessHandle::of).ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    if (parentPid.isPresent() && ProcessHandle.of(parentPid.get()).isEmpty()) {
      server.close();
      return 0;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("app " + name + " listening on 127.0.0.1:" + server.port() + " state=" + state.label());
    out.flush();
    server.awaitClose();
    return 0;
  }

  private static double requirePositive(double cv) {
    if (!(cv > 0)) {
      throw new UserFacingException("--service-cv must be positive for lognormal, got " + cv);
    }
    return cv;
  }
}
