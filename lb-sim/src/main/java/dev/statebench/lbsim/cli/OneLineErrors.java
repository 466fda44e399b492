package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line on standard error: usage errors and {@link InvalidInputException}s exit with status
 * 2, anything else with 1. A stack trace is printed only with {@code --verbose}.
 */
final class OneLineErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private final boolean verbose;

  OneLineErrors(String[] args) {
    this.verbose = Arrays.asList(args).contains("--verbose");
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    cmd.getErr().println("lb-sim: " + ex.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    return LbSim.USAGE_ERROR;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    if (verbose) {
      ex.printStackTrace(cmd.getErr());
    }
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        cmd.getErr().println("lb-sim: " + invalid.getMessage());
        return LbSim.USAGE_ERROR;
      }
    }
    cmd.getErr().println("lb-sim: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
        + (verbose ? "" : " (run with --verbose for the stack trace)"));
    return 1;
  }
}
