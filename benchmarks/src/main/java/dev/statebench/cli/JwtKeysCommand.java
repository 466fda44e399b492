package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.jwt.JwkSetFiles;
import dev.statebench.jwt.KeyFixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statebench jwt keys --out DIR}: writes the deterministic fixture keys as JWK sets. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {"Write the deterministic fixture keys as JWK sets: DIR/public.jwks.json (public keys) and "
        + "DIR/private.jwks.json (private keys and HMAC secrets). Test fixtures: never protect anything with them."})
final class JwtKeysCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the two files into.")
  Path out;

  @Option(names = "--keys", defaultValue = "1", paramLabel = "K",
      description = "Keys per algorithm (the benchmarks' key rings use 1, 3 or 10; default ${DEFAULT-VALUE}).")
  int keys;

  @Override
  public Integer call() throws Exception {
    if (keys < 1 || keys > 100) {
      throw new UserFacingException("--keys must be between 1 and 100, got " + keys);
    }
    List<Path> written = JwkSetFiles.write(KeyFixtures.standard(), keys, out);
    for (Path file : written) {
      System.out.println("wrote " + file);
    }
    return 0;
  }
}
