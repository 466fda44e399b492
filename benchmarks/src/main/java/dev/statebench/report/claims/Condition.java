package dev.statebench.report.claims;

/**
 * One measured case of a claim (a network, a protocol, a token lifetime…): the measured range in the claim's unit
 * (a single value has {@code low == high}), the figure as the report prints it with its denominator, and the report
 * section that holds the data.
 *
 * @param label the case, e.g. "loopback" or "HTTP/1.1"
 * @param low lower end of the measured range (the lower confidence bound where there is one)
 * @param high upper end of the measured range
 * @param figure the measured figure with its interval and denominator, as printed
 * @param projection whether the range is a projection (a measurement plus a published figure), not a measurement
 */
public record Condition(String label, double low, double high, String figure, boolean projection) {}
