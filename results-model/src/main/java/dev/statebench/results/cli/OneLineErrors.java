package dev.statebench.results.cli;

import java.util.Arrays;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns a command-line tool's failures into one line on standard error, prefixed with the tool's name: usage errors
 * and problems the user can fix (bad input, unreadable files; the tool says which exceptions those are) exit with
 * status 2, anything else with 1. A stack trace is printed only when {@code --verbose} is on the command line.
 */
public final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** Exit status of a usage error or of input the user must fix. */
  public static final int USAGE_ERROR = 2;

  private final String tool;
  private final boolean verbose;
  private final Predicate<Throwable> userFacing;

  /**
   * @param tool the tool's name, printed before each message
   * @param args the command line (only {@code --verbose} is looked at)
   * @param userFacing which exceptions (anywhere in the cause chain) carry a message for the user
   */
  public OneLineErrors(String tool, String[] args, Predicate<Throwable> userFacing) {
    this.tool = tool;
    this.verbose = Arrays.asList(args).contains("--verbose");
    this.userFacing = userFacing;
  }

  /** Installs this handler on {@code cmd} for both parse and execution errors. */
  public CommandLine install(CommandLine cmd) {
    return cmd.setParameterExceptionHandler(this).setExecutionExceptionHandler(this);
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr().println(tool + ": " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName()
        + " --help')");
    return USAGE_ERROR;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    if (verbose) {
      ex.printStackTrace(cmd.getErr());
    }
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (userFacing.test(cause)) {
        cmd.getErr().println(tool + ": " + cause.getMessage());
        return USAGE_ERROR;
      }
    }
    cmd.getErr().println(tool + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
        + (verbose ? "" : " (run with --verbose for the stack trace)"));
    return 1;
  }
}
