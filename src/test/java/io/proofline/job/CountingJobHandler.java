package io.proofline.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A test job that counts how often each payload ran. */
@ApplicationScoped
public class CountingJobHandler implements JobHandler {

    public static final String TYPE = "test.counting";

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) {
        runs.computeIfAbsent(payload, key -> new AtomicInteger()).incrementAndGet();
    }

    public int runs(String payload) {
        AtomicInteger count = runs.get(payload);
        return count == null ? 0 : count.get();
    }
}
