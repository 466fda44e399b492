package dev.statebench.headers;

import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2Headers;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request head as a browser-like client sends it to an API: the same request line and ordinary headers for every
 * auth mode, plus the one field that carries the session. Measuring whole heads keeps the relative bloat honest: a
 * 36-byte cookie line is small next to a 150-byte User-Agent, an 11 KB token is not.
 *
 * @param method request method
 * @param path request target (origin form)
 * @param authority host name ({@code Host} in HTTP/1.1, {@code :authority} in HTTP/2)
 * @param fields the ordinary header fields, then the auth field if any, in sending order
 */
public record RequestHead(String method, String path, String authority, List<HeaderField> fields) {
  /** The representative API call every table uses. */
  public static final String METHOD = "GET";
  public static final String PATH = "/api/orders/42";
  public static final String AUTHORITY = "api.statebench.dev";
  /** Ordinary headers of a current desktop browser calling a JSON API (Host is added from the authority). */
  public static final List<HeaderField> ORDINARY_FIELDS = List.of(
      new HeaderField("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
          + "Chrome/131.0.0.0 Safari/537.36"),
      new HeaderField("Accept", "application/json"),
      new HeaderField("Accept-Encoding", "gzip, deflate, br, zstd"),
      new HeaderField("Accept-Language", "en-US,en;q=0.9"));

  public RequestHead {
    fields = List.copyOf(fields);
  }

  /** The representative request carrying {@code auth} (or nothing). */
  public static RequestHead representative(Optional<HeaderField> auth) {
    List<HeaderField> fields = new ArrayList<>(ORDINARY_FIELDS);
    auth.ifPresent(fields::add);
    return new RequestHead(METHOD, PATH, AUTHORITY, fields);
  }

  /** The representative request in {@code mode} carrying {@code credential} (ignored for {@link AuthMode#NO_AUTH}). */
  public static RequestHead representative(AuthMode mode, String credential) {
    return representative(mode.field(credential));
  }

  /** {@code METHOD SP path SP HTTP/1.1} without its CRLF. */
  public String requestLine() {
    return method + " " + path + " HTTP/1.1";
  }

  /**
   * The exact HTTP/1.1 bytes (RFC 9112 section 2.1): request line, {@code Host}, the fields, each ended by CRLF, then
   * the empty line.
   */
  public byte[] http1Bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(HeaderField.ascii(requestLine() + "\r\n"));
    for (HeaderField field : http1Fields()) {
      out.writeBytes(HeaderField.ascii(field.name() + ": " + field.value() + "\r\n"));
    }
    out.writeBytes(HeaderField.ascii("\r\n"));
    return out.toByteArray();
  }

  /** The HTTP/1.1 header fields in order: {@code Host} first, then {@link #fields()}. */
  public List<HeaderField> http1Fields() {
    List<HeaderField> all = new ArrayList<>(fields.size() + 1);
    all.add(new HeaderField("Host", authority));
    all.addAll(fields);
    return all;
  }

  /** Bytes of the header lines without their CRLFs, request line and empty line excluded. */
  public int headerLineBytesWithoutTerminators() {
    return http1Fields().stream().mapToInt(HeaderField::fieldLineBytes).sum();
  }

  /**
   * The HTTP/2 header list (RFC 9113 section 8.3.1): pseudo-headers {@code :method :scheme :authority :path}, then
   * the fields with lower-case names, in a fresh Netty {@link Http2Headers}.
   */
  public Http2Headers http2Headers() {
    Http2Headers headers = new DefaultHttp2Headers()
        .method(method).scheme("https").authority(authority).path(path);
    for (HeaderField field : fields) {
      headers.add(field.http2Name(), field.value());
    }
    return headers;
  }

  /**
   * The header-list size RFC 9113 section 6.5.2 defines for {@code SETTINGS_MAX_HEADER_LIST_SIZE}: the sum over all
   * fields, pseudo-headers included, of name + value + 32.
   */
  public long http2HeaderListSize() {
    long size = 0;
    for (var entry : http2Headers()) {
      size += HeaderField.ascii(entry.getKey().toString()).length + HeaderField.ascii(entry.getValue().toString()).length
          + HeaderField.HPACK_ENTRY_OVERHEAD;
    }
    return size;
  }
}
