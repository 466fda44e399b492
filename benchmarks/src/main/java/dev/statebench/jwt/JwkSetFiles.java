package dev.statebench.jwt;

import dev.statebench.AtomicFiles;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes fixture keys as standard JWK Set documents (RFC 7517): {@code public.jwks.json} with the public keys of the
 * asymmetric algorithms, {@code private.jwks.json} with every private key and every HMAC secret ({@code kty: oct}).
 * Each file is written to a temporary file first and then moved into place, so no half-written set is left behind.
 */
public final class JwkSetFiles {
  public static final String PUBLIC_FILE = "public.jwks.json";
  public static final String PRIVATE_FILE = "private.jwks.json";

  private JwkSetFiles() {}

  /** Writes the rings of size {@code ringSize} of every algorithm into {@code dir}; returns the files written. */
  public static List<Path> write(KeyFixtures fixtures, int ringSize, Path dir) throws IOException {
    List<JWK> privateKeys = new ArrayList<>();
    List<JWK> publicKeys = new ArrayList<>();
    for (JwtAlgorithm alg : JwtAlgorithm.values()) {
      for (JWK key : fixtures.ring(alg, ringSize).keys()) {
        privateKeys.add(key);
        if (alg.family() != KeyFamily.HMAC) {
          publicKeys.add(key.toPublicJWK());
        }
      }
    }
    Files.createDirectories(dir);
    Path publicFile = dir.resolve(PUBLIC_FILE);
    Path privateFile = dir.resolve(PRIVATE_FILE);
    AtomicFiles.writeString(publicFile, new JWKSet(publicKeys).toString(true) + "\n");
    AtomicFiles.writeString(privateFile, new JWKSet(privateKeys).toString(false) + "\n");
    return List.of(publicFile, privateFile);
  }

}
