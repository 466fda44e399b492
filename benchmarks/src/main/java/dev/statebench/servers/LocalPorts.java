package dev.statebench.servers;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

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
   * @throws UserFacingException when the requested port is already in use
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

  static UserFacingException portInUse(int port, String server, Throwable cause) {
    return new UserFacingException("port " + port + " on 127.0.0.1 is already in use, so the embedded " + server
        + " cannot listen there: stop whatever holds it or choose another port (0 picks a free one)", cause);
  }
}
