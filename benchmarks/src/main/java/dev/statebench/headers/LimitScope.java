package dev.statebench.headers;

/** What a header limit counts: one line, the whole head, the HTTP/2 header list, or one cookie. */
public enum LimitScope {
  /** Every single header field line {@code name: value}, CRLF not counted. */
  FIELD_LINE("each header field line, without CRLF") {
    @Override
    public long measure(RequestMeasures m) {
      return m.longestFieldLine();
    }
  },
  /** Every single header line with its CRLF (the line must fit one buffer). */
  FIELD_LINE_WITH_CRLF("each header line, with its CRLF") {
    @Override
    public long measure(RequestMeasures m) {
      return m.longestFieldLine() + 2L;
    }
  },
  /** The whole request head: request line, all header lines, the empty line, every CRLF. */
  REQUEST_HEAD("whole request head (request line + headers + empty line)") {
    @Override
    public long measure(RequestMeasures m) {
      return m.requestHead();
    }
  },
  /** All header lines together without their line terminators, request line excluded. */
  HEADER_LINES("all header lines, without CRLFs, request line excluded") {
    @Override
    public long measure(RequestMeasures m) {
      return m.headerLinesWithoutTerminators();
    }
  },
  /** The HTTP/2 header list: Σ(name + value + 32) over all fields, pseudo-headers included. */
  HTTP2_HEADER_LIST("HTTP/2 header list, Σ(name + value + 32)") {
    @Override
    public long measure(RequestMeasures m) {
      return m.http2HeaderList();
    }
  },
  /** One cookie: name + value. */
  ONE_COOKIE("one cookie, name + value") {
    @Override
    public long measure(RequestMeasures m) {
      return m.largestCookie();
    }
  };

  private final String description;

  LimitScope(String description) {
    this.description = description;
  }

  /** The quantity of {@code measures} this scope limits, in bytes. */
  public abstract long measure(RequestMeasures measures);

  public String description() {
    return description;
  }
}
