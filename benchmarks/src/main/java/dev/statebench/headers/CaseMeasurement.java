package dev.statebench.headers;

import java.util.Map;

/**
 * Everything measured for one session case.
 *
 * @param sessionCase what the requests carry
 * @param credential the first-generation credential ({@code ""} without auth)
 * @param head the representative request carrying it
 * @param measures the quantities header limits are defined on
 * @param http2 the HTTP/2 series per experiment
 */
public record CaseMeasurement(SessionCase sessionCase, String credential, RequestHead head, RequestMeasures measures,
    Map<SeriesKey, Http2Series> http2) {
  public CaseMeasurement {
    http2 = Map.copyOf(http2);
  }

  /** Bytes of the HTTP/1.1 request head. */
  public int http1HeadBytes() {
    return measures.requestHead();
  }

  /** Bytes of the auth header line with CRLF, 0 without auth. */
  public int authLineBytes() {
    return sessionCase.mode().field(credential).map(HeaderField::http1LineBytes).orElse(0);
  }

  /** The HTTP/2 series of experiment {@code key}. */
  public Http2Series series(SeriesKey key) {
    Http2Series series = http2.get(key);
    if (series == null) {
      throw new IllegalArgumentException("no HTTP/2 series measured for " + key.describe());
    }
    return series;
  }
}
