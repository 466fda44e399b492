package dev.statebench.lbsim.experiment;

import dev.statebench.lbsim.InvalidInputException;

/**
 * A deterministic slice of a scenario's runs: shard {@code index} of {@code count} takes the runs whose number (in the
 * order variant, policy, replication) leaves remainder {@code index - 1} when divided by {@code count}. Every run keeps
 * the seed of its replication number, so the union of the shards is exactly the unsharded run.
 */
public record Shard(int index, int count) {
  /** The whole run, unsharded. */
  public static final Shard WHOLE = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new InvalidInputException("--shard: shard " + index + "/" + count + " is outside 1.." + Math.max(count, 1)
          + " (give K/N with 1 <= K <= N)");
    }
  }

  /** Parses {@code K/N}. */
  public static Shard parse(String text) {
    int slash = text.indexOf('/');
    try {
      if (slash > 0) {
        return new Shard(Integer.parseInt(text.substring(0, slash).trim()),
            Integer.parseInt(text.substring(slash + 1).trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("--shard: '" + text + "' is not K/N (e.g. --shard 2/3)");
  }

  /** Whether run number {@code run} belongs to this shard. */
  public boolean includes(int run) {
    return run % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
