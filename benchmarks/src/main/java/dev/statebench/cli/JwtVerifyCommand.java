package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.SizeCap;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code statebench jwt verify --alg A [--path reused|processor] [--profile P]}: reads tokens one per line from standard
 * input and prints {@code ACCEPT} or {@code REJECT <reason>: <detail>} per line, with the verifier configuration the
 * benchmarks time (fixture keys, algorithm pinned, claims policy of the profile, size cap).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {"Read tokens one per line on standard input; print ACCEPT or REJECT <reason>: <detail> per line,",
        "using exactly the verifier configuration the JWT benchmarks time (fixture keys from 'jwt keys')."})
final class JwtVerifyCommand implements Callable<Integer> {
  @Option(names = "--alg", required = true, converter = JwtOptionConverters.Algorithm.class,
      description = "The algorithm the keys are pinned to: ${COMPLETION-CANDIDATES}.")
  JwtAlgorithm alg;

  @Option(names = "--path", defaultValue = "REUSED", converter = JwtOptionConverters.Path.class,
      description = "Verification path: reused or processor (default reused).")
  VerifyPath path;

  @Option(names = "--profile", defaultValue = "TYPICAL", converter = JwtOptionConverters.Profile.class,
      description = "Expected token profile, decides the required claims (default ${DEFAULT-VALUE}).")
  TokenProfile profile;

  @Option(names = "--provider", defaultValue = "JDK", converter = JwtOptionConverters.Provider.class,
      description = "JCA provider: jdk, bouncy-castle, accp (default jdk).")
  CryptoProvider provider;

  @Option(names = "--keys", defaultValue = "1", paramLabel = "K",
      description = "Trust the first K fixture keys of the algorithm (default 1).")
  int keys;

  @Option(names = "--max-token-chars", defaultValue = "" + SizeCap.DEFAULT_MAX_TOKEN_CHARS, paramLabel = "N",
      description = "Size cap: longer tokens are rejected before decoding (default ${DEFAULT-VALUE}).")
  int maxTokenChars;

  @Override
  public Integer call() throws Exception {
    if (!path.deployable()) {
      throw new UserFacingException("--path " + path.name().toLowerCase(Locale.ROOT).replace('_', '-')
          + " is a measurement floor that accepts forged tokens, not a verifier; use reused or processor");
    }
    if (keys < 1 || keys > 100) {
      throw new UserFacingException("--keys must be between 1 and 100, got " + keys);
    }
    if (maxTokenChars < 1) {
      throw new UserFacingException("--max-token-chars must be positive, got " + maxTokenChars);
    }
    String unavailable = provider.unavailableReason();
    if (unavailable != null) {
      throw new UserFacingException(unavailable);
    }
    JwtVerifier verifier =
        new VerifierConfiguration(alg, path, provider, profile, keys, maxTokenChars).newVerifier();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      out.println(verdict(verifier, line.strip()));
    }
    out.flush();
    return 0;
  }

  private static String verdict(JwtVerifier verifier, String token) {
    try {
      verifier.verify(token);
      return "ACCEPT";
    } catch (TokenRejectedException e) {
      return "REJECT " + e.reason().label() + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
    }
  }
}
