package dev.statebench.fleet.app;

import dev.statebench.UserFacingException;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One app instance: a Netty HTTP/1.1 server on 127.0.0.1 whose routes are {@link AppHandler}'s. Sessions live where
 * {@link AppSettings#state()} says; Redis and PostgreSQL are the servers {@link ServerConfig#fromEnvironment()} names
 * (the lab passes them to each instance process as system properties).
 */
public final class AppServer implements AutoCloseable {
  private static final int MAX_REQUEST_BYTES = 64 * 1024;
  private static final int BLOCKING_THREADS = 8;

  private final EventLoopGroup group = new NioEventLoopGroup(1);
  private final ExecutorService blocking = Executors.newFixedThreadPool(BLOCKING_THREADS, daemon("app-blocking"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("app-timer"));
  private final Servers servers;
  private final SessionAuthority authority;
  private Channel channel;

  private AppServer(AppSettings settings, ServerConfig config) {
    this.servers = Servers.open(config);
    try {
      this.authority = settings.state().open(servers);
    } catch (RuntimeException e) {
      shutdownExecutors();
      servers.close();
      throw e;
    }
  }

  /**
   * Starts an instance and returns once it listens.
   *
   * @throws UserFacingException when the port is in use or a session store cannot be reached
   */
  public static AppServer start(AppSettings settings, ServerConfig config) {
    AppServer server = new AppServer(settings, config);
    try {
      server.bind(settings);
      return server;
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** The port the instance listens on. */
  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /** Blocks until the server channel closes (the process is killed or {@link #close()} runs). */
  public void awaitClose() throws InterruptedException {
    channel.closeFuture().await();
  }

  private void bind(AppSettings settings) {
    AppHandler handler = new AppHandler(settings, authority, new WorkerSlots(settings.workers(), timer), blocking);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(group)
        .channel(NioServerSocketChannel.class)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_REQUEST_BYTES), handler);
          }
        });
    try {
      channel = bootstrap.bind("127.0.0.1", settings.port()).sync().channel();
    } catch (Exception e) {
      if (e instanceof BindException) {
        throw new UserFacingException("port " + settings.port() + " on 127.0.0.1 is already in use, so app instance "
            + settings.name() + " cannot listen there: stop whatever holds it or choose another port", e);
      }
      throw new IllegalStateException("app instance " + settings.name() + " could not start: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (channel != null) {
      channel.close().awaitUninterruptibly();
    }
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    shutdownExecutors();
    if (authority != null) {
      authority.close();
    }
    servers.close();
  }

  private void shutdownExecutors() {
    blocking.shutdownNow();
    timer.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
