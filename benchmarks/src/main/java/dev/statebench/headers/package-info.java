/**
 * Header bloat: what carrying the session costs on the wire and in the parser, JWT against an opaque session id.
 *
 * <p>{@link dev.statebench.headers.RequestHead} builds one representative API request per
 * {@link dev.statebench.headers.AuthMode}; {@link dev.statebench.headers.HeaderMeasurements} measures its exact
 * HTTP/1.1 bytes and, through {@link dev.statebench.headers.HpackConnection} (Netty's HPACK encoder), the HTTP/2
 * header-block bytes of successive requests on one connection; {@link dev.statebench.headers.HeaderLimits} lists
 * default limits of proxies and servers with what each counts ({@link dev.statebench.headers.LimitScope});
 * {@link dev.statebench.headers.HeaderReport} turns it all into the tables {@code statebench headers} prints and
 * writes. The parse-cost benchmarks live in {@code dev.statebench.jmh}.
 */
package dev.statebench.headers;
