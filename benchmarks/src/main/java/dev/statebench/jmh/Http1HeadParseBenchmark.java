package dev.statebench.jmh;

import dev.statebench.headers.AuthCase;
import dev.statebench.headers.RotatingCredentials;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.LastHttpContent;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: what does a server pay to parse an HTTP/1.1 request head, per auth mode — how much of the parse cost is
 * the session credential?
 *
 * <p>Each operation feeds one complete representative request head (the same request as the {@code headers}
 * tables: request line, Host, User-Agent, Accept, Accept-Encoding, Accept-Language, plus the auth line) into Netty's
 * {@link HttpRequestDecoder} on an {@link EmbeddedChannel} and reads back the decoded request and its empty last
 * content. Heads come from a pool of {@value #POOL} distinct credentials (token rotations of one client). The decoder
 * allows 64 KiB of headers: Netty's default {@code maxHeaderSize} (8192) rejects the 200-group token, as the
 * {@code headers-limits-exceeded} table shows.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar jmh Http1HeadParseBenchmark -f 1 -wi 3 -i 5
 * -rf json -rff http1-parse.json} (add {@code -p algorithm=ES256} for another signature size).
 *
 * <p>Read: average nanoseconds per request head; compare each case with {@code NO_AUTH} and {@code OPAQUE_COOKIE}
 * measured in the same run. The difference is what carrying the credential costs the parser; verifying the token
 * is measured separately by the JWT benchmarks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Http1HeadParseBenchmark {
  static final int POOL = 16;
  private static final int MASK = POOL - 1;
  /** Large enough for every profile, so that the parse itself, not the limit, is measured. */
  private static final int MAX_HEADER_SIZE = 64 * 1024;

  @Param
  public AuthCase authCase;

  @Param("RS256")
  public JwtAlgorithm algorithm;

  private EmbeddedChannel channel;
  private ByteBuf[] heads;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    RotatingCredentials credentials = RotatingCredentials.of(authCase.sessionCase(algorithm), KeyFixtures.standard());
    heads = new ByteBuf[POOL];
    for (int i = 0; i < POOL; i++) {
      heads[i] = Unpooled.unreleasableBuffer(Unpooled.directBuffer().writeBytes(credentials.request(i).http1Bytes()));
    }
    channel = new EmbeddedChannel(new HttpRequestDecoder(new HttpDecoderConfig().setMaxHeaderSize(MAX_HEADER_SIZE)));
    HttpRequest request = parse();
    if (!request.decoderResult().isSuccess()) {
      throw new IllegalStateException("Netty rejected the " + authCase + " head: " + request.decoderResult());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    channel.finishAndReleaseAll();
  }

  @Benchmark
  public HttpRequest parse() {
    channel.writeInbound(heads[next++ & MASK].duplicate());
    HttpRequest request = channel.readInbound();
    LastHttpContent last = channel.readInbound();
    last.release();
    return request;
  }
}
