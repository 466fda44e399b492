package dev.statebench.fleet.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * HAProxy's runtime API on its stats socket (management guide section 9.3,
 * https://docs.haproxy.org/2.6/management.html#9.3): one command per connection, the answer read to end of stream.
 * The fleet events use {@code set server BACKEND/NAME state ready|drain|maint}.
 */
public final class RuntimeApi {
  private final Path socket;

  public RuntimeApi(Path socket) {
    this.socket = socket;
  }

  /** Sends {@code command} and returns HAProxy's answer (empty for a state change that succeeded). */
  public String send(String command) {
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      ByteBuffer out = ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII));
      while (out.hasRemaining()) {
        channel.write(out);
      }
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      ByteBuffer in = ByteBuffer.allocate(8192);
      while (channel.read(in) >= 0) {
        answer.write(in.array(), 0, in.position());
        in.clear();
      }
      return answer.toString(StandardCharsets.US_ASCII).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("HAProxy runtime API at " + socket + " failed on '" + command + "'", e);
    }
  }

  /** Sets a server's administrative state: {@code ready}, {@code drain} or {@code maint}. */
  public void setState(String server, String state) {
    String answer = send("set server " + HaproxyConfig.BACKEND + "/" + server + " state " + state);
    if (!answer.isEmpty()) {
      throw new IllegalStateException("HAProxy refused to set " + server + " to " + state + ": " + answer);
    }
  }

  /** The operational status HAProxy reports for a server in {@code show servers state}'s {@code srv_op_state}. */
  public int operationalState(String server) {
    String answer = send("show servers state " + HaproxyConfig.BACKEND);
    for (String line : answer.split("\n")) {
      String[] fields = line.strip().split(" ");
      // Fields: be_id be_name srv_id srv_name srv_addr srv_op_state ...
      if (fields.length > 5 && fields[3].equals(server)) {
        return Integer.parseInt(fields[5]);
      }
    }
    throw new IllegalStateException("HAProxy does not know server " + server);
  }
}
