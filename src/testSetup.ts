/**
 * Every property test runs from a fixed seed (a test can still pass its own), so a run is repeatable
 * and a failure in CI is the same failure on a laptop.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261127 });
