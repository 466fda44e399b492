package dev.statebench.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestHeadTest {

  @Test
  void smallHead_hasTheHandCountedBytes() {
    RequestHead head = new RequestHead("GET", "/", "a.b", List.of(new HeaderField("Cookie", "sid=x")));
    // "GET / HTTP/1.1\r\n" 16 + "Host: a.b\r\n" 11 + "Cookie: sid=x\r\n" 15 + "\r\n" 2 = 44
    assertThat(head.http1Bytes()).hasSize(44);
    assertThat(new String(head.http1Bytes(), StandardCharsets.US_ASCII))
        .isEqualTo("GET / HTTP/1.1\r\nHost: a.b\r\nCookie: sid=x\r\n\r\n");
    // "Host: a.b" 9 + "Cookie: sid=x" 13
    assertThat(head.headerLineBytesWithoutTerminators()).isEqualTo(22);
  }

  @Test
  void smallHead_http2HeaderListSize_countsPseudoHeaders() {
    RequestHead head = new RequestHead("GET", "/", "a.b", List.of(new HeaderField("Cookie", "sid=x")));
    // :method GET 7+3+32, :scheme https 7+5+32, :authority a.b 10+3+32, :path / 5+1+32, cookie sid=x 6+5+32
    assertThat(head.http2HeaderListSize()).isEqualTo(42 + 44 + 45 + 38 + 43);
  }

  @Test
  void opaqueCookieLine_is36Bytes() {
    String id = OpaqueSessionIds.id(1, 0);
    assertThat(id).hasSize(OpaqueSessionIds.LENGTH).matches("[A-Za-z0-9_-]{22}");
    assertThat(OpaqueSessionIds.id(1, 1)).isNotEqualTo(id);
    assertThat(OpaqueSessionIds.id(1, 0)).isEqualTo(id);
    // "Cookie: sid=" 12 + 22 + CRLF 2
    assertThat(AuthMode.OPAQUE_COOKIE.field(id).orElseThrow().http1LineBytes()).isEqualTo(36);
    assertThat(AuthMode.OPAQUE_COOKIE.cookieBytes(id)).isEqualTo(3 + 22);
  }

  @Test
  void representativeHeads_differOnlyByTheAuthLine() {
    int base = RequestHead.representative(AuthMode.NO_AUTH, "").http1Bytes().length;
    int bearer = RequestHead.representative(AuthMode.BEARER_JWT, "t.o.k").http1Bytes().length;
    // "Authorization: Bearer t.o.k\r\n" = 22 + 5 + 2
    assertThat(bearer - base).isEqualTo(29);
  }
}
