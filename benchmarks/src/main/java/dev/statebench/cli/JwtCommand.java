package dev.statebench.cli;

import picocli.CommandLine.Command;

/** {@code statebench jwt …}: the fixture keys, token issuing and the verifier that the JWT benchmarks time. */
@Command(
    name = "jwt",
    description = "Fixture keys, token issuing and token verification exactly as the JWT benchmarks run them.",
    mixinStandardHelpOptions = true,
    subcommands = {JwtKeysCommand.class, JwtIssueCommand.class, JwtVerifyCommand.class})
final class JwtCommand {}
