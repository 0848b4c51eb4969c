package dev.lectern.bench.load;

/**
 * What a load generator drives: one call runs query number {@code query} of the mix to completion
 * (response fully read). Implementations must be safe to call from several threads.
 */
@FunctionalInterface
public interface Workload {
  void run(int query) throws Exception;
}
