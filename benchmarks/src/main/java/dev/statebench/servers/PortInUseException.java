package dev.statebench.servers;

import dev.statebench.UserFacingException;

/** An embedded server could not listen on its port because something else already does. */
public final class PortInUseException extends UserFacingException {
  private static final long serialVersionUID = 1L;

  PortInUseException(int port, String server, Throwable cause) {
    super("port " + port + " on 127.0.0.1 is already in use, so the embedded " + server
        + " cannot listen there: stop whatever holds it or choose another port (0 picks a free one)", cause);
  }
}
