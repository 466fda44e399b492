package dev.statebench.results;

/**
 * A results file that cannot be used: missing, not JSON, of an unknown format version, or not matching its JSON
 * Schema. The message names the file and the problem in one line, so command-line tools print it as it is.
 */
public final class ResultsFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ResultsFormatException(String message) {
    super(message);
  }

  public ResultsFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
