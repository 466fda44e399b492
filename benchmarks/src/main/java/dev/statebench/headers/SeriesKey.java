package dev.statebench.headers;

/**
 * One HTTP/2 experiment applied to every session case: an encoder configuration and a rotation period.
 *
 * @param settings the encoder's configuration
 * @param rotateEvery requests per credential generation, 0 = never rotates
 */
public record SeriesKey(HpackSettings settings, int rotateEvery) {
  /** E.g. {@code INDEXED, table 4096 B, Huffman for strings >= 512 chars, rotate every 10}. */
  public String describe() {
    return settings.describe() + (rotateEvery == 0 ? ", no rotation" : ", rotate every " + rotateEvery);
  }

  /** A compact column heading, e.g. {@code INDEXED 4096 k=10} or {@code NEVER_INDEXED 4096 huff=all}. */
  public String heading() {
    return settings.indexing() + " " + settings.tableSize()
        + (settings.huffmanThreshold() == HpackSettings.NETTY_HUFFMAN_THRESHOLD ? "" : " huff=all")
        + (rotateEvery == 0 ? "" : " k=" + rotateEvery);
  }
}
