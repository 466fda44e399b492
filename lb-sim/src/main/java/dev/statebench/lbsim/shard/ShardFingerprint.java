package dev.statebench.lbsim.shard;

import dev.statebench.lbsim.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a resolved scenario (its file with every override applied): equal fingerprints, equal runs. */
public final class ShardFingerprint {
  private ShardFingerprint() {}

  public static String of(Scenario scenario) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] hash = digest.digest((scenario.name() + "\n" + scenario.tree()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
