package dev.statebench.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.function.IntFunction;

/** Chooses and checks loopback TCP ports for embedded servers. */
final class LocalPorts {
  private LocalPorts() {}

  /**
   * Returns {@code requested} after checking that nothing listens on it, or a port the kernel just handed out
   * when {@code requested} is 0.
   *
   * <p>An ephemeral port is free when returned; another process may still take it before the server binds it,
   * which the caller detects and reports as a port conflict.
   *
   * @throws PortInUseException when the requested port is already in use
   */
  static int claim(int requested, String server) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requested));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw portInUse(requested, server, e);
    }
  }

  static PortInUseException portInUse(int port, String server, Throwable cause) {
    return new PortInUseException(port, server, cause);
  }

  /**
   * Runs {@code start} on {@code requested}; when that is 0 (an ephemeral port) and another process took the
   * chosen port before the server could bind it, tries again with a new port, up to three times in all.
   */
  static <T> T withRetryOnEphemeralConflict(int requested, IntFunction<T> start) {
    for (int attempt = 1; ; attempt++) {
      try {
        return start.apply(requested);
      } catch (PortInUseException e) {
        if (requested != 0 || attempt == 3) {
          throw e;
        }
      }
    }
  }
}
