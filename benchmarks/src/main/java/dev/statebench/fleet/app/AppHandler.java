package dev.statebench.fleet.app;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import dev.statebench.fleet.scenario.Distribution;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app's routes. {@code GET /health} answers 200 at once (HAProxy's check). {@code GET /service-times} lists
 * the slot-holding times of the requests served so far, in nanoseconds, one per line (what the simulator is fed as
 * the measured service-time distribution). {@code POST /login} creates a
 * session, holds a worker slot for a login time and answers 200 with the cookie or token. Any other request resolves
 * its session first (off the event loop: the store may block), answers 401 at once when there is none, and otherwise
 * holds a worker slot for a drawn service time and answers 200. Every response names the instance in
 * {@value #INSTANCE_HEADER}, so the client can count each instance's share without trusting the load balancer.
 */
@Sharable
final class AppHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  /** Response header carrying the instance's name. */
  static final String INSTANCE_HEADER = "X-Instance";
  /** Response header carrying a bearer token issued by a login. */
  static final String TOKEN_HEADER = "X-Token";

  private final AppSettings settings;
  private final SessionAuthority authority;
  private final WorkerSlots slots;
  private final ExecutorService blocking;
  private final SplittableRandom random;
  private final AtomicLong logins = new AtomicLong();
  private final ServiceTimeLog serviceTimes = new ServiceTimeLog();

  AppHandler(AppSettings settings, SessionAuthority authority, WorkerSlots slots, ExecutorService blocking) {
    this.settings = settings;
    this.authority = authority;
    this.slots = slots;
    this.blocking = blocking;
    this.random = new SplittableRandom(settings.seed());
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    String path = request.uri();
    if (path.equals("/health")) {
      respond(ctx, keepAlive, HttpResponseStatus.OK, null);
      return;
    }
    if (path.equals("/service-times")) {
      respondText(ctx, keepAlive, serviceTimes.text());
      return;
    }
    boolean login = request.method().equals(HttpMethod.POST) && path.equals("/login");
    HttpHeaders headers = request.headers().copy();
    try {
      blocking.execute(() -> handle(ctx, keepAlive, login, headers));
    } catch (RejectedExecutionException shuttingDown) {
      respond(ctx, false, HttpResponseStatus.SERVICE_UNAVAILABLE, null);
    }
  }

  private void handle(ChannelHandlerContext ctx, boolean keepAlive, boolean login,
      HttpHeaders headers) {
    try {
      if (login) {
        SessionAuthority.Credential credential = authority.login("user-" + logins.incrementAndGet());
        slots.submit(draw(settings.login()), held -> respond(ctx, keepAlive, HttpResponseStatus.OK, credential));
      } else if (authority.resolve(headers)) {
        slots.submit(draw(settings.service()), held -> {
          serviceTimes.record(held);
          respond(ctx, keepAlive, HttpResponseStatus.OK, null);
        });
      } else {
        respond(ctx, keepAlive, HttpResponseStatus.UNAUTHORIZED, null);
      }
    } catch (RuntimeException storeFailure) {
      respond(ctx, keepAlive, HttpResponseStatus.INTERNAL_SERVER_ERROR, null);
    }
  }

  private long draw(Distribution distribution) {
    synchronized (random) {
      return Math.round(distribution.sample(random));
    }
  }

  private void respond(ChannelHandlerContext ctx, boolean keepAlive, HttpResponseStatus status,
      SessionAuthority.Credential credential) {
    byte[] body = (status.code() + " " + settings.name() + "\n").getBytes(StandardCharsets.US_ASCII);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.TEXT_PLAIN);
    response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
    response.headers().set(INSTANCE_HEADER, settings.name());
    response.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
    if (credential != null && credential.setCookie() != null) {
      response.headers().add(HttpHeaderNames.SET_COOKIE, credential.setCookie());
    }
    if (credential != null && credential.token() != null) {
      response.headers().set(TOKEN_HEADER, credential.token());
    }
    if (keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
      ctx.writeAndFlush(response);
    } else {
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
  }

  private void respondText(ChannelHandlerContext ctx, boolean keepAlive, String text) {
    byte[] body = text.getBytes(StandardCharsets.US_ASCII);
    FullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.TEXT_PLAIN);
    response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
    ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
