package dev.statebench.lbsim.model;

/**
 * What a routing policy may know of the fleet: which backends are live, their names, weights and outstanding
 * requests. Read-only: only the engine changes the fleet, so a router cannot add, remove or slow a backend.
 *
 * <p>Backends are numbered 0, 1, … in the order they joined and keep their number for the whole run;
 * {@link #liveCount()} and {@link #live(int)} list those that accept new requests, in ascending number.
 */
public interface FleetView {

  /** Number of backends that ever joined (valid backend numbers are 0 .. count − 1). */
  int count();

  /** Number of backends accepting new requests. */
  int liveCount();

  /** The i-th backend accepting requests, in ascending backend number. */
  int live(int i);

  /** Incremented whenever a backend joins or leaves, so routers know to rebuild their tables. */
  int membershipVersion();

  /** Whether a session pinned to {@code b} may still be served there (up, or draining). */
  boolean acceptsPinned(int b);

  String name(int b);

  /** Weight for weighted policies (default workers × speed). */
  double weight(int b);

  /** Requests dispatched to {@code b} and not yet finished (in a remote wait, queued or in service). */
  int outstanding(int b);

  /** Σ outstanding over all backends. */
  long totalOutstanding();
}
