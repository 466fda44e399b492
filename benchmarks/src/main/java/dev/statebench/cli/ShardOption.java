package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.shard.Shard;

/** The {@code --shard K/N} option of {@code run} and {@code job}: absent means the whole run. */
final class ShardOption {
  private ShardOption() {}

  static Shard parse(String text) {
    if (text == null) {
      return Shard.WHOLE;
    }
    try {
      return Shard.parse(text);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }
}
