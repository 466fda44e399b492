package dev.statebench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.headers.AuthCase;
import dev.statebench.headers.HpackIndexing;
import dev.statebench.jwt.JwtAlgorithm;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http2.Http2Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The parse-cost benchmarks decode what they claim to decode, for every case (one operation each, no timing). */
class ParseBenchmarksTest {

  @ParameterizedTest
  @EnumSource(AuthCase.class)
  void http1Benchmark_decodesEveryHeadOfThePool(AuthCase authCase) {
    Http1HeadParseBenchmark benchmark = new Http1HeadParseBenchmark();
    benchmark.authCase = authCase;
    benchmark.algorithm = JwtAlgorithm.HS256;
    benchmark.setUp();
    try {
      for (int i = 0; i < Http1HeadParseBenchmark.POOL + 1; i++) {
        HttpRequest request = benchmark.parse();
        assertThat(request.decoderResult().isSuccess()).isTrue();
        assertThat(request.uri()).isEqualTo("/api/orders/42");
        assertThat(request.headers().contains(HttpHeaderNames.AUTHORIZATION))
            .isEqualTo(authCase.name().startsWith("BEARER"));
      }
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void hpackBenchmark_decodesTheSteadyStateBlockRepeatedly() throws Exception {
    for (AuthCase authCase : AuthCase.values()) {
      for (HpackIndexing indexing : HpackIndexing.values()) {
        HpackDecodeBenchmark benchmark = new HpackDecodeBenchmark();
        benchmark.authCase = authCase;
        benchmark.algorithm = JwtAlgorithm.HS256;
        benchmark.indexing = indexing;
        benchmark.setUp();
        for (int i = 0; i < HpackDecodeBenchmark.POOL + 1; i++) {
          Http2Headers headers = benchmark.decodeSteadyState();
          assertThat(headers.path().toString()).isEqualTo("/api/orders/42");
          assertThat(headers.contains("authorization")).isEqualTo(authCase.name().startsWith("BEARER"));
        }
      }
    }
  }
}
