package dev.statebench.fleet.lab;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real fleet on this host: {@code initial} app instances ({@code i0 … i(n-1)}) in service and {@code spare}
 * more, started with the others but declared {@code disabled} in HAProxy, for scale-out and rolling deploys (so
 * that an added instance takes traffic the moment its event fires, as in the simulator, instead of after a JVM
 * start on a loaded machine). Fleet events act on real processes and through HAProxy's runtime API: {@link #kill}
 * is a SIGKILL, {@link #drain} HAProxy's drain state (no new sessions, sticky ones stay), {@link #add} sets the
 * next spare's server ready.
 * {@link #close()} kills every process the fleet started. Records each instance's live interval for the metrics.
 */
public final class Fleet implements AutoCloseable {
  private final ChildProcesses children = new ChildProcesses();
  private final Path folder;
  private final InstanceSpec spec;
  private final List<ServerSlot> slots;
  private final Map<String, AppProcess> instances = new LinkedHashMap<>();
  private final Map<String, long[]> liveNanos = new LinkedHashMap<>();
  private final long seed;
  private HaproxyProcess haproxy;
  private int frontendPort;
  private int started;

  private Fleet(Path folder, InstanceSpec spec, List<ServerSlot> slots, long seed) {
    this.folder = folder;
    this.spec = spec;
    this.slots = slots;
    this.seed = seed;
  }

  /**
   * Checks HAProxy and the configuration, starts the first {@code initial} instances and HAProxy on
   * {@code frontendPort} (0: a free port), and returns the running fleet. On failure everything started is killed.
   *
   * @throws UserFacingException for a missing HAProxy, a rejected configuration, a port in use or an instance that
   *     does not come up
   */
  public static Fleet start(Path haproxyBinary, HaproxyPolicy policy, InstanceSpec spec, int initial, int spare,
      int frontendPort, Path folder, long seed) {
    if (initial < 1) {
      throw new UserFacingException("backends.count must be at least 1, got " + initial);
    }
    List<ServerSlot> slots = new ArrayList<>();
    for (int i = 0; i < initial + spare; i++) {
      slots.add(new ServerSlot("i" + i, freePort(), i < initial));
    }
    Fleet fleet = new Fleet(folder, spec, List.copyOf(slots), seed);
    try {
      Files.createDirectories(folder);
      int port = frontendPort == 0 ? freePort() : frontendPort;
      if (frontendPort != 0) {
        HaproxyProcess.requireFreePort(frontendPort);
      }
      Path socket = folder.resolve("haproxy.sock");
      Path config = folder.resolve("haproxy.cfg");
      Files.writeString(config, HaproxyConfig.render(port, socket, policy, slots));
      HaproxyProcess.check(haproxyBinary, config);
      fleet.launchAll(slots);
      fleet.haproxy = HaproxyProcess.start(fleet.children, haproxyBinary, config, socket, port,
          folder.resolve("haproxy.log"));
      fleet.frontendPort = port;
      long now = System.nanoTime();
      for (int i = 0; i < initial; i++) {
        fleet.liveNanos.put(slots.get(i).name(), new long[] {now, Long.MAX_VALUE});
      }
      fleet.started = initial;
      return fleet;
    } catch (IOException e) {
      fleet.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      fleet.close();
      throw e;
    }
  }

  /** The frontend's port on 127.0.0.1. */
  public int port() {
    return frontendPort;
  }

  /** The runtime API of the fleet's HAProxy. */
  public RuntimeApi api() {
    return haproxy.api();
  }

  /** The names of all declared servers, started or not, in order. */
  public List<String> serverNames() {
    return slots.stream().map(ServerSlot::name).toList();
  }

  /** The names of instances started so far, in order. */
  public synchronized List<String> startedNames() {
    return List.copyOf(instances.keySet());
  }

  /** Live interval {@code [from, to)} of each instance ever put in service, System.nanoTime() clock. */
  public synchronized Map<String, long[]> liveIntervals() {
    Map<String, long[]> copy = new LinkedHashMap<>();
    liveNanos.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  /** Kills instance {@code name} with SIGKILL; HAProxy's health check marks it down. */
  public synchronized void kill(String name) {
    AppProcess app = require(name);
    app.kill();
    liveNanos.get(name)[1] = System.nanoTime();
  }

  /** Puts instance {@code name} in HAProxy's drain state. */
  public void drain(String name) {
    require(name);
    api().setState(name, "drain");
  }

  /** Sets the next {@code count} spare instances' servers ready; returns their names. */
  public List<String> add(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ServerSlot slot;
      synchronized (this) {
        if (started >= slots.size()) {
          throw new IllegalStateException("no spare server declared for another instance");
        }
        slot = slots.get(started++);
      }
      api().setState(slot.name(), "ready");
      synchronized (this) {
        liveNanos.put(slot.name(), new long[] {System.nanoTime(), Long.MAX_VALUE});
      }
      names.add(slot.name());
    }
    return names;
  }

  /** Restarts a killed instance on its port (empty memory) and sets its server ready. */
  public void restart(String name) {
    ServerSlot slot = slots.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no server " + name));
    AppProcess old = require(name);
    if (old.alive()) {
      kill(name);
    }
    launchAll(List.of(slot));
    api().setState(name, "ready");
  }

  /** Whether instance {@code name} runs. */
  public synchronized boolean alive(String name) {
    AppProcess app = instances.get(name);
    return app != null && app.alive();
  }

  /** The measured service times (nanoseconds) of every instance still running. */
  public List<Long> serviceTimes() throws IOException {
    List<AppProcess> running;
    synchronized (this) {
      running = instances.values().stream().filter(AppProcess::alive).toList();
    }
    List<Long> all = new ArrayList<>();
    for (AppProcess app : running) {
      all.addAll(app.serviceTimes());
    }
    return all;
  }

  /** The lab's child processes (for the test that none survives). */
  public ChildProcesses children() {
    return children;
  }

  /** HAProxy's process. */
  public Process haproxyProcess() {
    return haproxy.process();
  }

  @Override
  public void close() {
    children.close();
  }

  /** Starts the instances' processes together (JVM start-up overlaps) and waits until each answers. */
  private void launchAll(List<ServerSlot> toStart) {
    try {
      List<AppProcess> apps = new ArrayList<>();
      for (ServerSlot slot : toStart) {
        AppProcess app = AppProcess.spawn(children, slot.name(), slot.port(), spec, folder,
            seed * 1_000_003L + slot.name().hashCode());
        synchronized (this) {
          instances.put(slot.name(), app);
        }
        apps.add(app);
      }
      for (AppProcess app : apps) {
        app.awaitHealthy();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the app instances", e);
    }
  }

  private synchronized AppProcess require(String name) {
    AppProcess app = instances.get(name);
    if (app == null) {
      throw new IllegalArgumentException("instance " + name + " was never started");
    }
    return app;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
