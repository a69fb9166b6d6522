/** Benchmark harnesses; each prints the figures recorded in docs/benchmarks.md. */
package uncloud.bench;
