package dev.statebench.headers;

import java.util.Arrays;

/**
 * HPACK header-block bytes of requests 1..n sent by one client on one HTTP/2 connection, the credential rotating
 * every {@code rotateEvery} requests (0 = never).
 *
 * @param sessionCase what the requests carry
 * @param settings the encoder's configuration
 * @param rotateEvery requests per credential generation; 0 means the credential never changes
 * @param blockBytes {@code blockBytes[i]} is the header-block size of request {@code i + 1}
 */
public record Http2Series(SessionCase sessionCase, HpackSettings settings, int rotateEvery, int[] blockBytes) {
  public Http2Series {
    blockBytes = blockBytes.clone();
  }

  /** Encodes {@code requests} requests of {@code credentials} on a fresh connection. */
  public static Http2Series measure(RotatingCredentials credentials, HpackSettings settings, int requests,
      int rotateEvery) {
    if (requests < 2 || rotateEvery < 0) {
      throw new IllegalArgumentException("need at least 2 requests and rotateEvery >= 0");
    }
    HpackConnection connection = new HpackConnection(settings);
    int[] bytes = new int[requests];
    for (int i = 0; i < requests; i++) {
      int generation = rotateEvery == 0 ? 0 : i / rotateEvery;
      bytes[i] = connection.encode(credentials.request(generation).http2Headers()).length;
    }
    return new Http2Series(credentials.sessionCase(), settings, rotateEvery, bytes);
  }

  /** Bytes of request {@code number} (1-based). */
  public int request(int number) {
    return blockBytes[number - 1];
  }

  /**
   * Mean bytes per request over the second half of the series: the first requests fill the dynamic table, the
   * second half is steady state. Choose a request count that is an even multiple of {@code rotateEvery} so the
   * window holds whole rotation periods.
   */
  public double steadyStateBytes() {
    return Arrays.stream(blockBytes, blockBytes.length / 2, blockBytes.length).average().orElseThrow();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Http2Series that && sessionCase.equals(that.sessionCase) && settings.equals(that.settings)
        && rotateEvery == that.rotateEvery && Arrays.equals(blockBytes, that.blockBytes);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * sessionCase.hashCode() + settings.hashCode()) + Arrays.hashCode(blockBytes) + rotateEvery;
  }

  @Override
  public String toString() {
    return sessionCase.label() + " [" + settings.describe() + ", rotate every " + rotateEvery + "] "
        + Arrays.toString(blockBytes);
  }
}
