package dev.statebench.report;

/**
 * One claim from the source texts ({@code shared/seeds/}) beside what this run measured.
 *
 * @param quote a short quotation of the claim
 * @param source the source text's file name
 * @param measured this run's figure, or a note that the profile did not measure it
 */
record Claim(String quote, String source, String measured) {}
