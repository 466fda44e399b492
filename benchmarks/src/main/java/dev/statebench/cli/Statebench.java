package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.cli.OneLineErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code statebench} command-line tool: the main class of {@code benchmarks/target/benchmarks.jar}.
 *
 * <p>Each subcommand is one class in this package. JMH's own launcher stays reachable for JMH-savvy users as
 * {@code statebench jmh …} or {@code java -cp benchmarks.jar org.openjdk.jmh.Main …}.
 */
@Command(
    name = "statebench",
    mixinStandardHelpOptions = true,
    versionProvider = StatebenchVersion.class,
    description = "Measures what it costs to keep session state in a JWT, in Redis, in PostgreSQL, or in the instance.",
    subcommands = {
      ServersCommand.class,
      PopulateCommand.class,
      SmokeCommand.class,
      RunCommand.class,
      JobCommand.class,
      ReportCommand.class,
      LoadCommand.class,
      CalibrateCommand.class,
      ReplicaWindowCommand.class,
      OutageCommand.class,
      MergeCommand.class,
      JwtCommand.class,
      HeadersCommand.class,
      CompareCommand.class,
      GateCommand.class,
      GateJudgeCommand.class,
      GateCalibrateCommand.class,
      JmhCommand.class,
      AppCommand.class,
      FleetCommand.class,
      FleetTableCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Statebench {

  private Statebench() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the tool and returns its exit status (0 success, 1 failure, 2 usage error) instead of exiting. */
  public static int execute(String... args) {
    CommandLine commandLine = new CommandLine(new Statebench());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    new OneLineErrors("statebench", args,
        t -> t instanceof UserFacingException || t instanceof ResultsFormatException).install(commandLine);
    return commandLine.execute(args);
  }

  /** Exit status for a problem the user can fix, see {@link UserFacingException}. */
  public static final int USAGE_ERROR = OneLineErrors.USAGE_ERROR;
}
