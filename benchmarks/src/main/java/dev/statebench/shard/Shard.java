package dev.statebench.shard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One slice of a run split over {@code count} machines: shard {@code index} of {@code count}, both counted from 1,
 * as written on the command line ({@code --shard 2/3}). The slice is deterministic — the same on every machine,
 * without any coordination — so each runner of a CI matrix or each pod of a Kubernetes Indexed Job computes its own
 * share from its index alone.
 *
 * @param index this shard, 1 to {@code count}
 * @param count number of shards
 */
public record Shard(int index, int count) {
  private static final Pattern SPEC = Pattern.compile("(\\d{1,4})/(\\d{1,4})");

  /** The whole run, unsharded. */
  public static final Shard WHOLE = new Shard(1, 1);

  public Shard {
    if (count < 1) {
      throw new IllegalArgumentException("--shard needs at least 1 shard, got " + index + "/" + count);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("--shard " + index + "/" + count + " is outside 1/" + count + " … " + count
          + "/" + count + ": shards are numbered from 1");
    }
  }

  /** Parses {@code K/N}. */
  public static Shard parse(String text) {
    Matcher matcher = SPEC.matcher(text.trim());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("--shard must look like K/N (e.g. 2/3), got '" + text + "'");
    }
    return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** Whether this is the whole run. */
  public boolean whole() {
    return count == 1;
  }

  /** Whether the item at {@code position} (0-based, in the run's fixed order) belongs to this shard: round robin. */
  public boolean owns(int position) {
    return position % count == index - 1;
  }

  /** The items of {@code all} (in the run's fixed order) that belong to this shard. */
  public <T> List<T> slice(List<T> all) {
    List<T> mine = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (owns(i)) {
        mine.add(all.get(i));
      }
    }
    return mine;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
