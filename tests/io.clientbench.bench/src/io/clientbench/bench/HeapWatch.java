package io.clientbench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap during one piece of work, two ways: the sum of the heap pools' peaks (garbage included, so it mostly shows how
 * much the collector let pile up under a large -Xmx) and the largest heap in use right after a collection during the
 * work (closer to what the work keeps alive; after a young collection it still counts old garbage not yet collected).
 * The second is polled every 5 ms from the pools' usage after their last collection, which stays until the next one.
 */
final class HeapWatch implements AutoCloseable {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final long startAfterGc;
    private final AtomicLong afterGc = new AtomicLong();
    private final Thread poller;
    private volatile boolean watching = true;

    /** Starts watching: the pools' peaks are reset now. */
    HeapWatch() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        startAfterGc = usedAfterLastCollection();
        poller = Thread.ofPlatform().daemon().name("heap-watch").start(() -> {
            while (watching) {
                long used = usedAfterLastCollection();
                if (used != startAfterGc) { // a collection ran since the start
                    afterGc.accumulateAndGet(used, Math::max);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private long usedAfterLastCollection() {
        long used = 0;
        for (MemoryPoolMXBean pool : pools) {
            MemoryUsage usage = pool.getCollectionUsage();
            used += usage == null ? 0 : usage.getUsed();
        }
        return used;
    }

    /** The sum of the heap pools' peaks since the start, in bytes. */
    long peak() {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    /** The largest heap in use right after a collection since the start, in bytes (0 when none ran). */
    long maxAfterCollection() {
        return afterGc.get();
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        poller.join();
    }
}
