package dev.statebench.lbsim.router;

/**
 * A consistent-hashing table that can be walked: the backend for a key, and after it the backends a key overflows
 * to in order. Used by {@link BoundedLoadRouter}.
 */
interface HashWalk {

  /** The backend at step {@code attempt} (0 = the key's own backend) of the walk that starts at {@code keyHash}. */
  int candidate(long keyHash, int attempt);

  /** Number of steps after which the walk has visited every live backend at least once. */
  int walkLength();

  /** The hashing key this table is built for. */
  HashKey key();
}
