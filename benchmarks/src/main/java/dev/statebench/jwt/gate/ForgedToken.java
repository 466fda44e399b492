package dev.statebench.jwt.gate;

/**
 * One token of the attack corpus.
 *
 * @param attack the attack class it belongs to
 * @param variant what exactly this token tries, e.g. {@code alg=nOnE}
 * @param token the compact token
 */
public record ForgedToken(Attack attack, String variant, String token) {
  @Override
  public String toString() {
    return attack + " (" + variant + ")";
  }
}
