package dev.statebench.cli;

import dev.statebench.UserFacingException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error: usage errors and {@link UserFacingException}s exit with
 * status 2, anything else with 1. A stack trace is printed only when {@code --verbose} is on the command line.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private final boolean verbose;

  OneLineErrors(String[] args) {
    this.verbose = Arrays.asList(args).contains("--verbose");
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr().println("statebench: " + ex.getMessage() + " (see '" + cmd.getCommandName() + " --help')");
    return Statebench.USAGE_ERROR;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    if (verbose) {
      ex.printStackTrace(cmd.getErr());
    }
    UserFacingException userFacing = findUserFacing(ex);
    if (userFacing != null) {
      cmd.getErr().println("statebench: " + userFacing.getMessage());
      return Statebench.USAGE_ERROR;
    }
    cmd.getErr().println("statebench: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
        + (verbose ? "" : " (run with --verbose for the stack trace)"));
    return 1;
  }

  private static UserFacingException findUserFacing(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof UserFacingException userFacing) {
        return userFacing;
      }
    }
    return null;
  }
}
