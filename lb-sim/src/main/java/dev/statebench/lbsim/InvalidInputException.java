package dev.statebench.lbsim;

/**
 * A problem the user can fix: a malformed scenario key, an unknown policy, an unreadable distribution file.
 *
 * <p>The command line prints the message as one line and exits with status 2. Messages name the scenario key
 * (as a dotted path) and the problem, so the user knows where to look.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
