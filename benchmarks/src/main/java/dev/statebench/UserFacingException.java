package dev.statebench;

/**
 * A problem the user can fix: bad input, an unreachable server, a port in use, a missing binary.
 *
 * <p>The command line prints the message as one line and exits with status 2, without a stack trace
 * (unless {@code --verbose}). Messages therefore name the problem and, where possible, what to do.
 */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserFacingException(String message) {
    super(message);
  }

  public UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
