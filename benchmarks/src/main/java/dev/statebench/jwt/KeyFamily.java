package dev.statebench.jwt;

/** The kind of key an algorithm signs with; decides how fixture keys are generated and published. */
public enum KeyFamily {
  /** A shared secret ({@code kty: oct}); never published in a public JWK set. */
  HMAC,
  /** An RSA key pair ({@code kty: RSA}), for RSASSA-PKCS1-v1_5 and RSASSA-PSS. */
  RSA,
  /** An elliptic-curve key pair on a NIST curve ({@code kty: EC}). */
  EC,
  /** An Edwards-curve key pair ({@code kty: OKP}, Ed25519). */
  OKP
}
