package dev.statebench.jwt.gate;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFamily;
import dev.statebench.jwt.TokenIssuer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attack classes every deployable verifier must refuse, after RFC 8725 "JSON Web Token Best Current Practices"
 * (https://www.rfc-editor.org/rfc/rfc8725) and the CVEs named per constant. Each constant forges one or more tokens against a given configuration.
 */
public enum Attack {
  /** {@code alg: none} in several letter cases, with an empty and with a genuine signature (RFC 8725 §2.1). */
  ALG_NONE {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      List<ForgedToken> tokens = new ArrayList<>();
      String genuineSignature = ctx.validToken().substring(ctx.validToken().lastIndexOf('.') + 1);
      for (String alg : List.of("none", "None", "NONE", "nOnE")) {
        String header = AttackContext.json(ctx.header(alg));
        tokens.add(token("alg=" + alg, AttackContext.compact(header, ctx.payloadJson(), "")));
        tokens.add(token("alg=" + alg + " with a genuine signature",
            AttackContext.compact(header, ctx.payloadJson(), genuineSignature)));
      }
      return tokens;
    }
  },
  /**
   * Algorithm confusion (RFC 8725 §2.1): HS256 keyed with the public key (DER, PEM and JWK text) of an asymmetric
   * key; for HMAC keys, the same secret under another HMAC algorithm the key is not pinned to.
   */
  ALGORITHM_CONFUSION {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      List<ForgedToken> tokens = new ArrayList<>();
      if (ctx.algorithm.family() == KeyFamily.HMAC) {
        byte[] secret = ctx.ring.keys().get(0).toOctetSequenceKey().toByteArray();
        for (JwtAlgorithm other : List.of(JwtAlgorithm.HS256, JwtAlgorithm.HS384, JwtAlgorithm.HS512)) {
          if (other != ctx.algorithm) {
            tokens.add(token("same secret as " + other, AttackContext.hmacSigned(
                AttackContext.json(ctx.header(other.jws().getName())), ctx.payloadJson(), other.jcaName(), secret)));
          }
        }
        tokens.add(token("HMAC signature under header alg RS256", AttackContext.hmacSigned(
            AttackContext.json(ctx.header("RS256")), ctx.payloadJson(), ctx.algorithm.jcaName(), secret)));
        return tokens;
      }
      byte[] der = ctx.publicKeyDer();
      String pem = "-----BEGIN PUBLIC KEY-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
          + "\n-----END PUBLIC KEY-----\n";
      String jwk = ctx.ring.keys().get(0).toPublicJWK().toJSONString();
      String header = AttackContext.json(ctx.header("HS256"));
      tokens.add(token("HS256 keyed with the DER public key",
          AttackContext.hmacSigned(header, ctx.payloadJson(), "HmacSHA256", der)));
      tokens.add(token("HS256 keyed with the PEM public key",
          AttackContext.hmacSigned(header, ctx.payloadJson(), "HmacSHA256", pem.getBytes(StandardCharsets.US_ASCII))));
      tokens.add(token("HS256 keyed with the public JWK",
          AttackContext.hmacSigned(header, ctx.payloadJson(), "HmacSHA256", jwk.getBytes(StandardCharsets.UTF_8))));
      return tokens;
    }
  },
  /** The attacker's public key embedded as a {@code jwk} header, token signed with its private key (CVE-2018-0114). */
  EMBEDDED_JWK {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JwtAlgorithm alg = ctx.attackerAlgorithm();
      TokenIssuer attacker = AttackContext.attackerIssuer(alg);
      JWSHeader header = new JWSHeader.Builder(alg.jws()).type(JOSEObjectType.JWT).keyID(ctx.kid())
          .jwk(attacker.ring().keys().get(0).toPublicJWK()).build();
      return List.of(token("jwk of an " + alg + " attacker key", attacker.sign(header, ctx.claims(), 0)));
    }
  },
  /** A {@code jku} header pointing at the attacker's JWK set, signed with the attacker's key. */
  JKU_HEADER {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      return urlHeaderTokens(ctx, true);
    }
  },
  /** An {@code x5u} header pointing at the attacker's certificate, signed with the attacker's key. */
  X5U_HEADER {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      return urlHeaderTokens(ctx, false);
    }
  },
  /**
   * {@code kid} with path traversal or injection, signed with what such a lookup would return (an all-zero secret,
   * like an empty file) or with the attacker's key.
   */
  KID_INJECTION {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      List<ForgedToken> tokens = new ArrayList<>();
      for (String kid : List.of("../../../../../../dev/null", "' OR '1'='1", "x' UNION SELECT 'secret",
          "|cat /etc/passwd", ctx.kid() + "/../" + ctx.kid())) {
        if (ctx.algorithm.family() == KeyFamily.HMAC) {
          Map<String, Object> header = ctx.header(ctx.algorithm.jws().getName());
          header.put("kid", kid);
          tokens.add(token("kid=" + kid, AttackContext.hmacSigned(AttackContext.json(header), ctx.payloadJson(),
              ctx.algorithm.jcaName(), new byte[ctx.algorithm.keyBits() / 8])));
        } else {
          TokenIssuer attacker = AttackContext.attackerIssuer(ctx.algorithm);
          JWSHeader header = new JWSHeader.Builder(ctx.algorithm.jws()).type(JOSEObjectType.JWT).keyID(kid).build();
          tokens.add(token("kid=" + kid, attacker.sign(header, ctx.claims(), 0)));
        }
      }
      return tokens;
    }
  },
  /** ECDSA signature with r = s = 0, which JDK 15-18 accepted ("psychic signatures", CVE-2022-21449). */
  ECDSA_ZERO_SIGNATURE {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JwtAlgorithm alg = ctx.algorithm.family() == KeyFamily.EC ? ctx.algorithm : JwtAlgorithm.ES256;
      int length = 2 * ((alg.keyBits() + 7) / 8);
      String zeros = Base64URL.encode(new byte[length]).toString();
      return List.of(token(alg + " r=s=0",
          AttackContext.compact(AttackContext.json(ctx.header(alg.jws().getName())), ctx.payloadJson(), zeros)));
    }
  },
  /** A genuinely signed token marking an unknown header parameter critical (RFC 7515 §4.1.11). */
  UNKNOWN_CRIT {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JWSHeader header = new JWSHeader.Builder(ctx.algorithm.jws()).type(JOSEObjectType.JWT).keyID(ctx.kid())
          .criticalParams(Set.of("https://statebench.dev/must-understand"))
          .customParam("https://statebench.dev/must-understand", true).build();
      return List.of(token("crit names an unknown parameter", ctx.issuer.sign(header, ctx.claims(), 0)));
    }
  },
  /** A genuinely signed token whose {@code exp} passed ten minutes ago. */
  EXPIRED {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      Date issued = Date.from(ctx.now.minus(Duration.ofHours(2)));
      JWTClaimsSet.Builder claims = ctx.claimsBuilder().issueTime(issued)
          .expirationTime(Date.from(ctx.now.minus(Duration.ofMinutes(10))));
      if (ctx.profile.hasRegisteredClaims()) {
        claims.notBeforeTime(issued);
      }
      return List.of(token("exp 10 minutes ago", ctx.issuer.sign(0, claims.build())));
    }
  },
  /** A genuinely signed token whose {@code nbf} is an hour ahead. */
  NOT_YET_VALID {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JWTClaimsSet claims = ctx.claimsBuilder().notBeforeTime(Date.from(ctx.now.plus(Duration.ofHours(1))))
          .expirationTime(Date.from(ctx.now.plus(Duration.ofHours(2)))).build();
      return List.of(token("nbf in an hour", ctx.issuer.sign(0, claims)));
    }
  },
  /** A genuinely signed token from another issuer. */
  WRONG_ISSUER {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JWTClaimsSet claims = ctx.claimsBuilder().issuer("https://attacker.example").build();
      return List.of(token("iss=https://attacker.example", ctx.issuer.sign(0, claims)));
    }
  },
  /** A genuinely signed token for another audience (a token for service A replayed at service B). */
  WRONG_AUDIENCE {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JWTClaimsSet claims = ctx.claimsBuilder().audience("https://other-api.statebench.dev").build();
      return List.of(token("aud=https://other-api.statebench.dev", ctx.issuer.sign(0, claims)));
    }
  },
  /** A valid token whose payload was changed (privilege escalation) with the signature kept. */
  TAMPERED_PAYLOAD {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      String[] parts = ctx.validToken().split("\\.");
      String payload = AttackContext.b64(ctx.claimsBuilder().subject("admin").claim("roles", List.of("admin"))
          .build().toString());
      return List.of(token("sub=admin, signature kept", parts[0] + "." + payload + "." + parts[2]));
    }
  },
  /** A valid token with one signature bit flipped, and with another token's signature. */
  TAMPERED_SIGNATURE {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      String valid = ctx.validToken();
      int dot = valid.lastIndexOf('.');
      byte[] signature = Base64URL.from(valid.substring(dot + 1)).decode();
      signature[signature.length / 2] ^= 0x01;
      String other = ctx.issuer.issue(ctx.profile, ctx.ring.size(), ctx.now);
      return List.of(
          token("one bit flipped", valid.substring(0, dot + 1) + Base64URL.encode(signature)),
          token("signature of another token", valid.substring(0, dot) + other.substring(other.lastIndexOf('.'))),
          token("signature truncated", valid.substring(0, valid.length() - 4)));
    }
  },
  /** Not three segments: two, four, five (a JWE shape) and one. */
  WRONG_SEGMENT_COUNT {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      String valid = ctx.validToken();
      String[] parts = valid.split("\\.");
      return List.of(
          token("2 segments", parts[0] + "." + parts[1]),
          token("4 segments", valid + "." + parts[2]),
          token("5 segments", valid + "." + parts[1] + "." + parts[2]),
          token("1 segment", parts[0]));
    }
  },
  /** Genuinely signed JSON with a duplicated member, read differently by different parsers (RFC 8725 §2.8). */
  DUPLICATE_KEYS {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      String payload = ctx.payloadJson();
      String duplicatedSub = payload.substring(0, payload.length() - 1) + ",\"sub\":\"admin\"}";
      String header = AttackContext.json(ctx.header(ctx.algorithm.jws().getName()));
      String duplicatedAlg = "{\"alg\":\"none\"," + header.substring(1);
      return List.of(
          token("duplicate sub in the payload", ctx.issuer.signCompact(header, duplicatedSub, 0)),
          token("duplicate alg in the header", ctx.issuer.signCompact(duplicatedAlg, payload, 0)));
    }
  },
  /** Genuinely signed claims nested thousands deep, a parser stack-exhaustion attack (CVE-2025-53864). */
  DEEP_NESTING {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      String payload = ctx.payloadJson();
      String open = payload.substring(0, payload.length() - 1);
      String arrays = open + ",\"nested\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
      String objects = open + ",\"nested\":" + "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000) + "}";
      String header = AttackContext.json(ctx.header(ctx.algorithm.jws().getName()));
      return List.of(
          token("arrays nested 2000 deep", ctx.issuer.signCompact(header, arrays, 0)),
          token("objects nested 1000 deep", ctx.issuer.signCompact(header, objects, 0)));
    }
  },
  /** A genuinely signed token with a 1 MiB claim, far beyond the size cap. */
  OVERSIZED {
    @Override
    List<ForgedToken> forge(AttackContext ctx) {
      JWTClaimsSet claims = ctx.claimsBuilder().claim("padding", "A".repeat(1 << 20)).build();
      String justOver = ctx.claimsBuilder().claim("padding", "A".repeat(ctx.maxTokenChars)).build().toString();
      return List.of(
          token("1 MiB claim", ctx.issuer.sign(0, claims)),
          token("one cap's worth of padding", ctx.issuer.signCompact(
              AttackContext.json(ctx.header(ctx.algorithm.jws().getName())), justOver, 0)));
    }
  };

  abstract List<ForgedToken> forge(AttackContext ctx);

  ForgedToken token(String variant, String token) {
    return new ForgedToken(this, variant, token);
  }

  private static List<ForgedToken> urlHeaderTokens(AttackContext ctx, boolean jku) {
    TokenIssuer attacker = AttackContext.attackerIssuer(ctx.algorithm);
    JWSAlgorithm alg = ctx.algorithm.jws();
    JWSHeader.Builder header = new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(ctx.kid());
    URI url = URI.create(AttackContext.ATTACKER_URL);
    header = jku ? header.jwkURL(url) : header.x509CertURL(url);
    return List.of(new ForgedToken(jku ? JKU_HEADER : X5U_HEADER, (jku ? "jku=" : "x5u=") + url,
        attacker.sign(header.build(), ctx.claims(), 0)));
  }
}
