package dev.statebench.headers;

import io.netty.handler.codec.http.HttpObjectDecoder;
import io.netty.handler.codec.http2.Http2CodecUtil;
import java.util.List;

/**
 * Default request-header limits of common proxies, servers and browsers, each with the setting that holds it and
 * its documentation (each row cites the vendor page it comes from). Netty's two rows are read from the Netty
 * version on the class path, the parser the parse-cost benchmarks use.
 */
public final class HeaderLimits {
  private HeaderLimits() {}

  /** Every limit, in table order. */
  public static List<HeaderLimit> defaults() {
    return List.of(
        new HeaderLimit("nginx", 8 * 1024, LimitScope.FIELD_LINE_WITH_CRLF,
            "large_client_header_buffers 4 8k (a header line must fit one 8 KiB buffer; 400 otherwise)",
            "https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers"),
        new HeaderLimit("Apache httpd", 8190, LimitScope.FIELD_LINE,
            "LimitRequestFieldSize 8190",
            "https://httpd.apache.org/docs/2.4/mod/core.html#limitrequestfieldsize"),
        new HeaderLimit("HAProxy", 16384 - 1024, LimitScope.REQUEST_HEAD,
            "tune.bufsize 16384 minus tune.maxrewrite 1024",
            "https://docs.haproxy.org/3.0/configuration.html#3.2-tune.bufsize"),
        new HeaderLimit("Envoy", 60 * 1024, LimitScope.REQUEST_HEAD,
            "max_request_headers_kb 60 (answers 431; Envoy counts header names + values, so the whole head "
                + "over-counts slightly)",
            "https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/core/v3/protocol.proto"),
        new HeaderLimit("AWS ALB (one header)", 16 * 1024, LimitScope.FIELD_LINE,
            "fixed quota: 16 KiB per request header",
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html"),
        new HeaderLimit("AWS ALB (all headers)", 64 * 1024, LimitScope.REQUEST_HEAD,
            "fixed quota: 64 KiB for the whole header",
            "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html"),
        new HeaderLimit("Cloudflare (one header)", 16 * 1024, LimitScope.FIELD_LINE,
            "fixed: 16 KiB per request header",
            "https://developers.cloudflare.com/fundamentals/reference/connection-limits/"),
        new HeaderLimit("Cloudflare (all headers)", 32 * 1024, LimitScope.REQUEST_HEAD,
            "fixed: 32 KiB of request headers in total",
            "https://developers.cloudflare.com/fundamentals/reference/connection-limits/"),
        new HeaderLimit("Node.js", 16 * 1024, LimitScope.REQUEST_HEAD,
            "--max-http-header-size / http.maxHeaderSize 16384",
            "https://nodejs.org/api/cli.html#--max-http-header-sizesize"),
        new HeaderLimit("Tomcat", 8 * 1024, LimitScope.REQUEST_HEAD,
            "maxHttpHeaderSize 8192 (request line + headers)",
            "https://tomcat.apache.org/tomcat-10.1-doc/config/http.html"),
        new HeaderLimit("Jetty", 8 * 1024, LimitScope.REQUEST_HEAD,
            "HttpConfiguration requestHeaderSize 8192",
            "https://jetty.org/docs/jetty/12/operations-guide/modules/standard.html#http"),
        new HeaderLimit("Netty HTTP/1.1", HttpObjectDecoder.DEFAULT_MAX_HEADER_SIZE, LimitScope.HEADER_LINES,
            "HttpDecoderConfig maxHeaderSize " + HttpObjectDecoder.DEFAULT_MAX_HEADER_SIZE,
            "io.netty.handler.codec.http.HttpObjectDecoder.DEFAULT_MAX_HEADER_SIZE (checked against the decoder "
                + "in HeaderLimitsTest)"),
        new HeaderLimit("Netty HTTP/2", Http2CodecUtil.DEFAULT_HEADER_LIST_SIZE, LimitScope.HTTP2_HEADER_LIST,
            "SETTINGS_MAX_HEADER_LIST_SIZE " + Http2CodecUtil.DEFAULT_HEADER_LIST_SIZE,
            "io.netty.handler.codec.http2.Http2CodecUtil.DEFAULT_HEADER_LIST_SIZE"),
        new HeaderLimit("browser cookie", 4096, LimitScope.ONE_COOKIE,
            "RFC 6265 minimum every browser must store: 4096 B per cookie",
            "https://www.rfc-editor.org/rfc/rfc6265#section-6.1"));
  }
}
