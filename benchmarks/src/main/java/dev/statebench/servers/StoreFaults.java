package dev.statebench.servers;

/**
 * Real faults of an embedded store, for outage experiments: a crash ({@link #kill()}, SIGKILL of every process of
 * the server), a freeze ({@link #freeze()}: SIGSTOP, the server keeps its sockets and answers nothing, as in a long
 * GC pause, a stalled disk or a VM migration) and the way back ({@link #thaw()}, {@link #restart()}). The server
 * comes back on the same port and data directory, so clients reconnect by themselves; what it still holds after a
 * restart depends on its durability settings (an in-memory Redis comes back empty).
 */
public interface StoreFaults {
  /** Which server: {@code Redis} or {@code PostgreSQL}. */
  String server();

  /** Crashes the server: SIGKILL of all its processes. */
  void kill();

  /** Freezes the server (SIGSTOP of all its processes). */
  void freeze();

  /** Thaws a frozen server (SIGCONT). */
  void thaw();

  /** Starts a killed server again on the same port and data, and returns once it answers. */
  void restart();
}
