/**
 * The simulated-vs-real validation table: lb-sim's result for a scenario beside the fleet lab's for the same file,
 * read from the two JSON results (both in lb-sim's result shape), never typed.
 */
package dev.statebench.fleet.validation;
