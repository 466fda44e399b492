package dev.statebench.jwt.gate;

import dev.statebench.jwt.VerifierConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every {@link Attack} forged against one verifier configuration. */
public final class AttackCorpus {
  private AttackCorpus() {}

  /** The corpus for {@code config}, with time-dependent claims relative to {@code now}. */
  public static List<ForgedToken> against(VerifierConfiguration config, Instant now) {
    AttackContext ctx = new AttackContext(config.algorithm(), config.profile(), config.ring(), now,
        config.maxTokenChars());
    List<ForgedToken> corpus = new ArrayList<>();
    for (Attack attack : Attack.values()) {
      corpus.addAll(attack.forge(ctx));
    }
    return corpus;
  }
}
