package com.arworkbench.recon;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * Two independent halves of a step, side by side: the caller runs the first while the common pool runs the second.
 * When the pool is busy (other jobs of the service), the second half waits for a worker or is run by the caller
 * afterwards; either way the result is the same. Whatever either half throws reaches the caller. The halves must
 * not write to anything the other reads.
 */
final class InTwo {

    private InTwo() {
    }

    static void run(Runnable first, Runnable second) {
        ForkJoinTask<?> other = ForkJoinPool.commonPool().submit(second);
        try {
            first.run();
        } finally {
            other.join();
        }
    }
}
