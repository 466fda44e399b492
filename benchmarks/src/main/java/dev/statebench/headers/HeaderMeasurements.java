package dev.statebench.headers;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures every session case: HTTP/1.1 head bytes, the quantities limits apply to, and HPACK header-block bytes of
 * {@link #REQUESTS} requests on one connection for every experiment in {@link #EXPERIMENTS}.
 *
 * @param algorithms the signing algorithms measured for every token profile
 * @param cases one measurement per case: no auth, the opaque cookie, then bearer and cookie JWTs
 */
public record HeaderMeasurements(List<JwtAlgorithm> algorithms, List<CaseMeasurement> cases) {
  /** Requests per HTTP/2 connection; the steady state is the mean over the second half. */
  public static final int REQUESTS = 200;

  /** Netty's default encoder on an RFC-default table, credential never rotating: the reference experiment. */
  public static final SeriesKey NETTY_DEFAULT =
      new SeriesKey(HpackSettings.netty(HpackIndexing.INDEXED, HpackSettings.DEFAULT_TABLE_SIZE), 0);
  /** The credential sent as a never-indexed literal, as nghttp2/curl and Jetty do. */
  public static final SeriesKey NEVER_INDEXED =
      new SeriesKey(HpackSettings.netty(HpackIndexing.NEVER_INDEXED, HpackSettings.DEFAULT_TABLE_SIZE), 0);

  /** The HTTP/2 experiments, in table-column order. */
  public static final List<SeriesKey> EXPERIMENTS = List.of(
      NETTY_DEFAULT,
      new SeriesKey(NETTY_DEFAULT.settings(), 100),
      new SeriesKey(NETTY_DEFAULT.settings(), 10),
      new SeriesKey(HpackSettings.netty(HpackIndexing.INDEXED, 16 * 1024), 0),
      new SeriesKey(HpackSettings.netty(HpackIndexing.INDEXED, 64 * 1024), 0),
      NEVER_INDEXED,
      new SeriesKey(new HpackSettings(HpackIndexing.NEVER_INDEXED, HpackSettings.DEFAULT_TABLE_SIZE, 0), 0));

  public HeaderMeasurements {
    algorithms = List.copyOf(algorithms);
    cases = List.copyOf(cases);
  }

  /** Measures no auth, the opaque cookie, and bearer/cookie JWTs for every profile × {@code algorithms}. */
  public static HeaderMeasurements measure(KeyFixtures fixtures, List<JwtAlgorithm> algorithms) {
    List<SessionCase> cases =
        SessionCase.all(List.of(AuthMode.BEARER_JWT, AuthMode.JWT_COOKIE), algorithms);
    return new HeaderMeasurements(algorithms, cases.stream().map(c -> measure(c, fixtures)).toList());
  }

  /** Measures one case with {@link #REQUESTS} requests per experiment. */
  public static CaseMeasurement measure(SessionCase sessionCase, KeyFixtures fixtures) {
    RotatingCredentials credentials = RotatingCredentials.of(sessionCase, fixtures);
    String credential = credentials.credential(0);
    RequestHead head = credentials.request(0);
    Map<SeriesKey, Http2Series> http2 = new LinkedHashMap<>();
    for (SeriesKey key : EXPERIMENTS) {
      http2.put(key, Http2Series.measure(credentials, key.settings(), REQUESTS, key.rotateEvery()));
    }
    return new CaseMeasurement(sessionCase, credential, head,
        RequestMeasures.of(head, sessionCase.mode(), credential), http2);
  }

  /** The no-auth baseline. */
  public CaseMeasurement baseline() {
    return find(SessionCase.noAuth());
  }

  /** The opaque-cookie case. */
  public CaseMeasurement opaque() {
    return find(SessionCase.opaqueCookie());
  }

  /** The measurement of {@code sessionCase}. */
  public CaseMeasurement find(SessionCase sessionCase) {
    return cases.stream().filter(c -> c.sessionCase().equals(sessionCase)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not measured: " + sessionCase.label()));
  }
}
