package io.proofline.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/** A test job that always fails, and remembers its attempts and when it was given up. */
@ApplicationScoped
public class FailingJobHandler implements JobHandler {

    public static final String TYPE = "test.failing";

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final List<String> givenUp = new CopyOnWriteArrayList<>();

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public void run(String payload) throws Exception {
        runs.computeIfAbsent(payload, key -> new AtomicInteger()).incrementAndGet();
        throw new java.io.IOException("storage unreachable for " + payload);
    }

    @Override
    public void giveUp(String payload, String reason) {
        givenUp.add(payload);
    }

    public int runs(String payload) {
        AtomicInteger count = runs.get(payload);
        return count == null ? 0 : count.get();
    }

    public long givenUp(String payload) {
        return givenUp.stream().filter(payload::equals).count();
    }
}
