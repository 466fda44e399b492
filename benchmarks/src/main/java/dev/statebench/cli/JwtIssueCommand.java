package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import java.io.PrintStream;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statebench jwt issue --alg A [--profile P] [--count N]}: prints valid fixture tokens, one per line. */
@Command(
    name = "issue",
    mixinStandardHelpOptions = true,
    description = "Print valid tokens, one per line, signed with the fixture keys (see 'jwt keys'), valid for "
        + "one hour from now.")
final class JwtIssueCommand implements Callable<Integer> {
  @Option(names = "--alg", required = true, converter = JwtOptionConverters.Algorithm.class,
      description = "Signing algorithm: ${COMPLETION-CANDIDATES}.")
  JwtAlgorithm alg;

  @Option(names = "--profile", defaultValue = "TYPICAL", converter = JwtOptionConverters.Profile.class,
      description = "Token profile: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  TokenProfile profile;

  @Option(names = "--count", defaultValue = "1", paramLabel = "N", description = "Number of tokens (default 1).")
  int count;

  @Option(names = "--keys", defaultValue = "1", paramLabel = "K",
      description = "Sign round-robin with the first K fixture keys (default 1).")
  int keys;

  @Override
  public Integer call() {
    if (count < 1 || count > 1_000_000) {
      throw new UserFacingException("--count must be between 1 and 1000000, got " + count);
    }
    if (keys < 1 || keys > 100) {
      throw new UserFacingException("--keys must be between 1 and 100, got " + keys);
    }
    TokenIssuer issuer = new TokenIssuer(KeyFixtures.standard().ring(alg, keys), CryptoProvider.JDK);
    Instant now = Instant.now();
    PrintStream out = System.out;
    for (int i = 0; i < count; i++) {
      out.println(issuer.issue(profile, i, now));
    }
    out.flush();
    return 0;
  }
}
