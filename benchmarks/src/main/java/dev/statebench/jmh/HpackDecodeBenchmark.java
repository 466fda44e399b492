package dev.statebench.jmh;

import dev.statebench.headers.AuthCase;
import dev.statebench.headers.HpackConnection;
import dev.statebench.headers.HpackIndexing;
import dev.statebench.headers.HpackSettings;
import dev.statebench.headers.RequestHead;
import dev.statebench.headers.RotatingCredentials;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http2.DefaultHttp2HeadersDecoder;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Headers;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: what does a server pay to HPACK-decode a request's HTTP/2 header block in steady state, per auth mode,
 * when the client indexes the credential (Netty's default) and when it sends it never-indexed (nghttp2/curl, Jetty)?
 *
 * <p>Setup encodes the representative request (the {@code headers} tables' request) with Netty's
 * {@code DefaultHttp2HeadersEncoder} on {@value #POOL} connections, each with its own credential, and primes one
 * Netty {@link DefaultHttp2HeadersDecoder} per connection with that connection's first block. Each operation decodes
 * the second request's block: indexed fields plus, when never-indexed or too large for the 4096-byte table, the
 * credential as a literal. Such a block leaves the dynamic table unchanged (checked in setup), so it can be decoded
 * again and again on the same decoder. Decoders allow 64 KiB header lists (Netty's default is 8192).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar jmh HpackDecodeBenchmark -f 1 -wi 3 -i 5
 * -rf json -rff hpack-decode.json}.
 *
 * <p>Read: average nanoseconds per header block; compare with {@code NO_AUTH} in the same run. With
 * {@code INDEXED} the credential costs one table lookup whatever its size; with {@code NEVER_INDEXED} it is
 * copied (and Huffman-decoded when 512 characters or longer) on every request.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HpackDecodeBenchmark {
  static final int POOL = 8;
  private static final int MASK = POOL - 1;
  private static final long MAX_HEADER_LIST_SIZE = 64 * 1024;

  @Param
  public AuthCase authCase;

  @Param("RS256")
  public JwtAlgorithm algorithm;

  @Param
  public HpackIndexing indexing;

  private DefaultHttp2HeadersDecoder[] decoders;
  private ByteBuf[] steadyBlocks;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Http2Exception {
    RotatingCredentials credentials = RotatingCredentials.of(authCase.sessionCase(algorithm), KeyFixtures.standard());
    HpackSettings settings = HpackSettings.netty(indexing, HpackSettings.DEFAULT_TABLE_SIZE);
    decoders = new DefaultHttp2HeadersDecoder[POOL];
    steadyBlocks = new ByteBuf[POOL];
    for (int i = 0; i < POOL; i++) {
      RequestHead request = credentials.request(i);
      HpackConnection connection = new HpackConnection(settings);
      byte[] first = connection.encode(request.http2Headers());
      byte[] second = connection.encode(request.http2Headers());
      if (!Arrays.equals(second, connection.encode(request.http2Headers()))) {
        throw new IllegalStateException("the steady-state block of " + authCase + " changes the dynamic table");
      }
      decoders[i] = new DefaultHttp2HeadersDecoder(true, MAX_HEADER_LIST_SIZE);
      decoders[i].decodeHeaders(1, Unpooled.wrappedBuffer(first));
      steadyBlocks[i] = Unpooled.unreleasableBuffer(Unpooled.directBuffer().writeBytes(second));
    }
  }

  @Benchmark
  public Http2Headers decodeSteadyState() throws Http2Exception {
    int i = next++ & MASK;
    return decoders[i].decodeHeaders(3, steadyBlocks[i].duplicate());
  }
}
