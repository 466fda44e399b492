package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.Mix64;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * Maglev hashing (Eisenbud et al., "Maglev: A Fast and Reliable Software Network Load Balancer", NSDI 2016,
 * §3.4): a lookup table of prime size M is filled by letting the live backends take turns claiming their next
 * preferred free slot, each backend's preference list being the permutation {@code (offset + j·skip) mod M} with
 * {@code offset = h1(name) mod M} and {@code skip = h2(name) mod (M − 1) + 1}. Every backend ends with ⌊M/N⌋ or
 * ⌈M/N⌉ slots, and a key goes to {@code table[hash(key) mod M]}.
 *
 * <p>Differences from the paper: the two hashes of a backend's name are the Stafford Mix13 mixer with two seeds
 * (the paper leaves h1, h2 open; Envoy uses xxHash with two seeds); backends are unweighted (Envoy's weighted variant
 * lets heavier hosts claim slots more often).
 *
 * <p>Options: {@code table} (prime M, default 65537), {@code key} ({@code session} or {@code client}).
 *
 * @see <a href="https://www.usenix.org/conference/nsdi16/technical-sessions/presentation/eisenbud">Maglev, NSDI 2016</a>
 */
final class MaglevRouter implements Router, HashWalk {
  private final FleetView fleet;
  private final long seed;
  private final int tableSize;
  private final HashKey key;
  private int builtVersion = -1;
  private int[] table;

  MaglevRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.seed = environment.hashSeed();
    this.tableSize = spec.intOption("table", 65537, 2);
    this.key = HashKey.fromOption(spec);
    if (!BigInteger.valueOf(tableSize).isProbablePrime(30)) {
      throw spec.invalid("table", "must be a prime number, not " + tableSize);
    }
    if (tableSize < fleet.liveCount()) {
      throw spec.invalid("table", "(" + tableSize + ") must be at least the number of backends ("
          + fleet.liveCount() + "); the paper recommends 100 × backends");
    }
    rebuild();
  }

  @Override
  public int route(RoutingRequest request) {
    return candidate(Mix64.hash(key.of(request), seed), 0);
  }

  @Override
  public int candidate(long keyHash, int attempt) {
    if (builtVersion != fleet.membershipVersion()) {
      rebuild();
    }
    long slot = Long.remainderUnsigned(keyHash, tableSize) + attempt;
    return table[(int) (slot % tableSize)];
  }

  @Override
  public int walkLength() {
    return tableSize;
  }

  @Override
  public HashKey key() {
    return key;
  }

  private void rebuild() {
    int n = fleet.liveCount();
    int[] offsets = new int[n];
    int[] skips = new int[n];
    for (int i = 0; i < n; i++) {
      String name = fleet.name(fleet.live(i));
      offsets[i] = (int) Long.remainderUnsigned(Mix64.hash(name, seed ^ 0x4d41474c45560001L), tableSize);
      skips[i] = (int) Long.remainderUnsigned(Mix64.hash(name, seed ^ 0x4d41474c45560002L), tableSize - 1) + 1;
    }
    int[] positions = populate(offsets, skips, tableSize);
    table = new int[tableSize];
    for (int slot = 0; slot < tableSize; slot++) {
      table[slot] = fleet.live(positions[slot]);
    }
    builtVersion = fleet.membershipVersion();
  }

  /**
   * The paper's population algorithm (Pseudocode 1): backends in list order take turns claiming the next free slot
   * of their permutation until the table is full.
   *
   * @return for every slot, the index (into {@code offsets}) of the backend that owns it
   */
  static int[] populate(int[] offsets, int[] skips, int tableSize) {
    int n = offsets.length;
    int[] entry = new int[tableSize];
    Arrays.fill(entry, -1);
    long[] next = new long[n];
    int filled = 0;
    while (true) {
      for (int i = 0; i < n; i++) {
        int candidate = (int) ((offsets[i] + next[i] * skips[i]) % tableSize);
        while (entry[candidate] >= 0) {
          next[i]++;
          candidate = (int) ((offsets[i] + next[i] * skips[i]) % tableSize);
        }
        entry[candidate] = i;
        next[i]++;
        if (++filled == tableSize) {
          return entry;
        }
      }
    }
  }
}
