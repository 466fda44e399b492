package dev.statebench.fleet.client;

import dev.statebench.fleet.scenario.FleetScenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The session-level open-loop client: sessions open at their planned (Poisson) times whatever the fleet is doing;
 * within a session the next request goes out a think time after the previous response, as the simulator's users do.
 * A session logs in first ({@code POST /login}), keeps its cookies and token, and on a 401 logs in again and resends
 * the request. Every request lands in the log. Requests carry the session's number and client address
 * ({@link SessionHeaders}) so HAProxy can hash on what the simulator hashes.
 */
public final class SessionClient implements AutoCloseable {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DRAIN = Duration.ofSeconds(35);

  private final URI base;
  private final ExecutorService httpThreads = Executors.newFixedThreadPool(4, daemon("fleet-client-http"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("fleet-client-timer"));
  private final HttpClient http;
  private final ConcurrentLinkedQueue<RequestRecord> log = new ConcurrentLinkedQueue<>();
  private volatile CountDownLatch active = new CountDownLatch(0);
  private long startNanos;
  private long stopNanos;

  public SessionClient(int port) {
    this.base = URI.create("http://127.0.0.1:" + port);
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpThreads)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /**
   * Runs the planned sessions from {@code startNanos} (a {@link System#nanoTime()}), sends nothing new after the
   * scenario's run length, waits for requests in flight, and returns the log in no particular order.
   */
  public List<RequestRecord> run(FleetScenario scenario, List<SessionPlan.PlannedSession> sessions, long startNanos)
      throws InterruptedException {
    this.startNanos = startNanos;
    this.stopNanos = startNanos + scenario.runNanos();
    this.active = new CountDownLatch(sessions.size());
    for (SessionPlan.PlannedSession plan : sessions) {
      timer.schedule(() -> login(new SessionState(plan), scenario, RequestKind.LOGIN, null),
          startNanos + plan.startNanos() - System.nanoTime(), TimeUnit.NANOSECONDS);
    }
    // Sessions still waiting for an answer after the drain time are abandoned; their requests are not logged.
    active.await(stopNanos + DRAIN.toNanos() - System.nanoTime(), TimeUnit.NANOSECONDS);
    return List.copyOf(log);
  }

  private long now() {
    return System.nanoTime() - startNanos;
  }

  private HttpRequest.Builder request(SessionState session, String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
        .header(SessionHeaders.SESSION, Long.toString(session.plan.index()))
        .header(SessionHeaders.CLIENT, session.plan.clientAddress());
    String cookies = session.cookieHeader();
    if (cookies != null) {
      builder.header("Cookie", cookies);
    }
    if (session.token() != null) {
      builder.header("Authorization", "Bearer " + session.token());
    }
    return builder;
  }

  /** Logs in; {@code retry} is the user request (first-send time) to resend afterwards, or null for the first login. */
  private void login(SessionState session, FleetScenario scenario, RequestKind kind, long[] retry) {
    long sent = now();
    send(request(session, "/login").POST(HttpRequest.BodyPublishers.noBody()).build())
        .whenComplete((response, failure) -> {
          int status = failure == null ? response.statusCode() : 0;
          String instance = failure == null ? response.headers().firstValue("X-Instance").orElse("") : "";
          log.add(new RequestRecord(session.plan.index(), kind, sent, now(), status, instance, false));
          if (status == 200) {
            session.absorb(response.headers().allValues("Set-Cookie"),
                response.headers().firstValue(SessionState.tokenHeaderName()).orElse(null));
          }
          if (retry != null) {
            work(session, scenario, retry[0], status == 200);
          } else if (status == 200) {
            work(session, scenario, now(), false);
          } else {
            finish();
          }
        });
  }

  private void work(SessionState session, FleetScenario scenario, long firstSent, boolean afterRelogin) {
    send(request(session, "/work").GET().build()).whenComplete((response, failure) -> {
      int status = failure == null ? response.statusCode() : 0;
      if (status == 401 && !afterRelogin) {
        login(session, scenario, RequestKind.RELOGIN, new long[] {firstSent});
        return;
      }
      String instance = failure == null ? response.headers().firstValue("X-Instance").orElse("") : "";
      if (failure == null) {
        session.absorb(response.headers().allValues("Set-Cookie"), null);
      }
      log.add(new RequestRecord(session.plan.index(), RequestKind.WORK, firstSent, now(), status, instance,
          afterRelogin));
      session.sent++;
      long think = Math.round(scenario.think().sample(session.thinkRandom));
      if (session.sent >= session.plan.requests() || startNanos + now() + think - stopNanos >= 0) {
        finish();
        return;
      }
      timer.schedule(() -> work(session, scenario, now(), false), think, TimeUnit.NANOSECONDS);
    });
  }

  private CompletableFuture<HttpResponse<Void>> send(HttpRequest request) {
    try {
      return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private void finish() {
    active.countDown();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    httpThreads.shutdownNow();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
