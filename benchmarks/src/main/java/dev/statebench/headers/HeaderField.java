package dev.statebench.headers;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One request header field as an HTTP/1.1 client spells it ({@code Authorization: Bearer …}). HTTP/2 sends the same
 * field with a lower-case name (RFC 9113 section 8.2.1).
 *
 * @param name the field name in HTTP/1.1 spelling
 * @param value the field value (ASCII)
 */
public record HeaderField(String name, String value) {
  /** Overhead RFC 7541 section 4.1 adds to every dynamic-table entry (and RFC 9113 to every header-list entry). */
  public static final int HPACK_ENTRY_OVERHEAD = 32;

  /** The name as HTTP/2 sends it. */
  public String http2Name() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Bytes of {@code name: value} without the line terminator. */
  public int fieldLineBytes() {
    return ascii(name).length + 2 + ascii(value).length;
  }

  /** Bytes of {@code name: value\r\n} as sent in an HTTP/1.1 request head. */
  public int http1LineBytes() {
    return fieldLineBytes() + 2;
  }

  /** Size of this field as an HPACK dynamic-table entry: name + value + 32 (RFC 7541 section 4.1). */
  public int hpackEntrySize() {
    return ascii(http2Name()).length + ascii(value).length + HPACK_ENTRY_OVERHEAD;
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
