package dev.statebench.headers;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpObjectDecoder;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.util.ReferenceCountUtil;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderLimitsTest {

  /**
   * A representative request whose credential is padded until {@code scope} measures exactly {@code bytes} (the
   * measure grows one byte per credential byte once the auth line is the longest line).
   */
  private static RequestMeasures measuresAt(LimitScope scope, long bytes, AuthMode mode) {
    int length = 1;
    while (true) {
      String credential = "x".repeat(length);
      RequestMeasures measures = RequestMeasures.of(RequestHead.representative(mode, credential), mode, credential);
      long missing = bytes - scope.measure(measures);
      if (missing == 0) {
        return measures;
      }
      length += Math.toIntExact(missing);
    }
  }

  @Test
  void everyLimit_passesAtItsValue_andFailsOneByteAbove() {
    for (HeaderLimit limit : HeaderLimits.defaults()) {
      AuthMode mode = limit.scope() == LimitScope.ONE_COOKIE ? AuthMode.JWT_COOKIE : AuthMode.BEARER_JWT;
      RequestMeasures atLimit = measuresAt(limit.scope(), limit.limitBytes(), mode);
      RequestMeasures over = measuresAt(limit.scope(), limit.limitBytes() + 1, mode);
      assertThat(limit.scope().measure(atLimit)).as(limit.component()).isEqualTo(limit.limitBytes());
      assertThat(limit.exceededBy(atLimit)).as(limit.component()).isFalse();
      assertThat(limit.exceededBy(over)).as(limit.component()).isTrue();
    }
  }

  @Test
  void nginxLine_countsTheCrlf_apacheFieldDoesNot() {
    // "Authorization: Bearer " is 22 bytes; a value of 8190 - 22 bytes makes an 8190-byte field, 8192 with CRLF.
    String credential = "x".repeat(8190 - 22);
    RequestMeasures m = RequestMeasures.of(RequestHead.representative(AuthMode.BEARER_JWT, credential),
        AuthMode.BEARER_JWT, credential);
    HeaderLimit nginx = find("nginx");
    HeaderLimit apache = find("Apache httpd");
    assertThat(nginx.exceededBy(m)).isFalse();
    assertThat(apache.exceededBy(m)).isFalse();
    String oneMore = credential + "x";
    RequestMeasures m2 = RequestMeasures.of(RequestHead.representative(AuthMode.BEARER_JWT, oneMore),
        AuthMode.BEARER_JWT, oneMore);
    assertThat(nginx.exceededBy(m2)).isTrue();
    assertThat(apache.exceededBy(m2)).isTrue();
  }

  @Test
  void nettyHttp1Limit_matchesTheRealDecoder_atTheBoundary() {
    HeaderLimit netty = find("Netty HTTP/1.1");
    assertThat(decodes(headAt(netty.limitBytes()))).isTrue();
    assertThat(decodes(headAt(netty.limitBytes() + 1))).isFalse();
  }

  private static RequestHead headAt(long headerLineBytes) {
    RequestHead base = RequestHead.representative(Optional.of(new HeaderField("Authorization", "")));
    int padding = Math.toIntExact(headerLineBytes - base.headerLineBytesWithoutTerminators());
    RequestHead head = RequestHead.representative(Optional.of(new HeaderField("Authorization", "x".repeat(padding))));
    assertThat(head.headerLineBytesWithoutTerminators()).isEqualTo(headerLineBytes);
    return head;
  }

  /** {@code true} if Netty's default-configured decoder accepts {@code head}. */
  private static boolean decodes(RequestHead head) {
    EmbeddedChannel channel = new EmbeddedChannel(new HttpRequestDecoder());
    try {
      channel.writeInbound(Unpooled.wrappedBuffer(head.http1Bytes()));
      HttpRequest request = channel.readInbound();
      boolean ok = request.decoderResult().isSuccess();
      ReferenceCountUtil.release(request);
      return ok;
    } finally {
      channel.finishAndReleaseAll();
    }
  }

  @Test
  void nettyHttp2Limit_matchesTheRealDecoder_atTheBoundary() throws Exception {
    HeaderLimit netty = find("Netty HTTP/2");
    assertThat(decodesHttp2(headerListOf(netty.limitBytes()))).isTrue();
    assertThat(decodesHttp2(headerListOf(netty.limitBytes() + 1))).isFalse();
  }

  private static RequestHead headerListOf(long size) {
    RequestHead base = RequestHead.representative(Optional.of(new HeaderField("Authorization", "")));
    int padding = Math.toIntExact(size - base.http2HeaderListSize());
    RequestHead head = RequestHead.representative(Optional.of(new HeaderField("Authorization", "x".repeat(padding))));
    assertThat(head.http2HeaderListSize()).isEqualTo(size);
    return head;
  }

  /** {@code true} if Netty's default-configured HTTP/2 header decoder accepts the header list of {@code head}. */
  private static boolean decodesHttp2(RequestHead head) {
    byte[] block = new HpackConnection(HpackSettings.netty(HpackIndexing.INDEXED, HpackSettings.DEFAULT_TABLE_SIZE))
        .encode(head.http2Headers());
    try {
      new DefaultHttp2HeadersDecoder().decodeHeaders(1, Unpooled.wrappedBuffer(block));
      return true;
    } catch (Http2Exception e) {
      return false;
    }
  }

  @Test
  void nettyDefaults_areReadFromNetty() {
    assertThat(find("Netty HTTP/1.1").limitBytes()).isEqualTo(HttpObjectDecoder.DEFAULT_MAX_HEADER_SIZE);
  }

  private static HeaderLimit find(String component) {
    List<HeaderLimit> limits = HeaderLimits.defaults();
    return limits.stream().filter(l -> l.component().equals(component)).findFirst().orElseThrow();
  }
}
