package dev.statebench.headers;

import io.netty.handler.codec.http2.Http2CodecUtil;

/**
 * How the HPACK encoder of one HTTP/2 connection is configured.
 *
 * @param indexing whether the credential may enter the dynamic table
 * @param tableSize the dynamic-table size the peer allows ({@code SETTINGS_HEADER_TABLE_SIZE}); 4096 is the RFC default
 * @param huffmanThreshold shortest string Netty Huffman-codes (when that is shorter); Netty's default is
 *     {@link #NETTY_HUFFMAN_THRESHOLD}, {@code 0} Huffman-codes every string that shrinks, like nghttp2
 */
public record HpackSettings(HpackIndexing indexing, int tableSize, int huffmanThreshold) {
  /** Netty's {@code HpackEncoder.HUFF_CODE_THRESHOLD}: strings shorter than this are sent raw. */
  public static final int NETTY_HUFFMAN_THRESHOLD = 512;
  /** RFC 7541 / RFC 9113 default {@code SETTINGS_HEADER_TABLE_SIZE}. */
  public static final int DEFAULT_TABLE_SIZE = Http2CodecUtil.DEFAULT_HEADER_TABLE_SIZE;

  public HpackSettings {
    if (tableSize < 0 || huffmanThreshold < 0) {
      throw new IllegalArgumentException("table size and Huffman threshold must be >= 0");
    }
  }

  /** Netty's defaults with the given indexing policy and table size. */
  public static HpackSettings netty(HpackIndexing indexing, int tableSize) {
    return new HpackSettings(indexing, tableSize, NETTY_HUFFMAN_THRESHOLD);
  }

  /** A short description for table captions, e.g. {@code INDEXED, table 4096 B, Huffman for strings >= 512 chars}. */
  public String describe() {
    return indexing + ", table " + tableSize + " B, "
        + (huffmanThreshold == 0 ? "Huffman whenever shorter" : "Huffman for strings >= " + huffmanThreshold + " chars");
  }
}
