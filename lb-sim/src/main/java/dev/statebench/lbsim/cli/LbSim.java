package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.results.cli.OneLineErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lb-sim} command line: {@code run} a scenario, run all shipped {@code scenarios}, or {@code bench} the engine. */
@Command(
    name = "lb-sim",
    mixinStandardHelpOptions = true,
    versionProvider = LbSim.Version.class,
    description = "Deterministic discrete-event load-balancer simulator.",
    subcommands = {RunCommand.class, MergeCommand.class, ScenariosCommand.class, BenchCommand.class})
public final class LbSim implements Runnable {
  /** Exit status for bad input (a malformed scenario, an unknown policy, a bad option). */
  static final int USAGE_ERROR = OneLineErrors.USAGE_ERROR;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit status (for tests). */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new LbSim());
    new OneLineErrors("lb-sim", args, t -> t instanceof InvalidInputException).install(commandLine);
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    CommandLine.usage(this, System.out);
  }

  /** Prints the engine version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"lb-sim engine " + EngineVersion.VERSION};
    }
  }
}
