package dev.statebench.headers;

/**
 * The quantities of one request that header limits are defined on, each in bytes.
 *
 * @param longestFieldLine the longest header field line {@code name: value} (without CRLF) of the HTTP/1.1 head
 * @param requestHead the whole HTTP/1.1 head: request line, header lines, empty line, every CRLF included
 * @param headerLinesWithoutTerminators the HTTP/1.1 header lines without their CRLFs, request line excluded
 * @param http2HeaderList the HTTP/2 header-list size, Σ(name + value + 32) with pseudo-headers (RFC 9113 §6.5.2)
 * @param largestCookie name + value of the largest cookie sent (RFC 6265 §6.1), 0 if none
 */
public record RequestMeasures(int longestFieldLine, int requestHead, int headerLinesWithoutTerminators,
    long http2HeaderList, int largestCookie) {

  /** Measures {@code head}, whose auth field carries {@code credential} in {@code mode}. */
  public static RequestMeasures of(RequestHead head, AuthMode mode, String credential) {
    int longest = head.http1Fields().stream().mapToInt(HeaderField::fieldLineBytes).max().orElse(0);
    return new RequestMeasures(longest, head.http1Bytes().length, head.headerLineBytesWithoutTerminators(),
        head.http2HeaderListSize(), mode.cookieBytes(credential));
  }
}
