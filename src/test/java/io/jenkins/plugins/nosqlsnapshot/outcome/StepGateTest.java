package io.jenkins.plugins.nosqlsnapshot.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StepGateTest {
    @Test
    void aRunningStepAddsItsEffects() throws Exception {
        StepGate gate = StepGate.open();
        List<String> added = new ArrayList<>();
        assertTrue(gate.ifOpen(() -> added.add("action")));
        assertEquals(List.of("action"), added);
    }

    @Test
    void afterStopNothingIsAdded() throws Exception {
        StepGate gate = StepGate.open();
        List<String> added = new ArrayList<>();
        gate.close();
        assertFalse(gate.ifOpen(() -> added.add("action")));
        assertFalse(gate.ifOpen(() -> added.add("artifact")));
        assertEquals(List.of(), added);
        assertFalse(gate.isOpen());
    }

    @Test
    void anEffectsFailureReachesTheCaller() {
        StepGate gate = StepGate.open();
        assertThrows(
                IOException.class,
                () -> gate.ifOpen(() -> {
                    throw new IOException("archive failed");
                }));
        assertTrue(gate.isOpen());
    }

    @Test
    void stopReturnsAtOnceWhileAnEffectHangsAndNothingStartsAfterIt() throws Exception {
        StepGate gate = StepGate.open();
        CountDownLatch inEffect = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread worker = new Thread(() -> {
            try {
                gate.ifOpen(() -> {
                    inEffect.countDown();
                    release.await(); // an archive over a hung agent channel
                    events.add("archived");
                });
            } catch (IOException | InterruptedException e) {
                events.add("failed: " + e);
            }
        });
        worker.start();
        assertTrue(inEffect.await(1, TimeUnit.MINUTES));
        // on the CPS VM thread: it must not wait for the hung effect
        gate.close();
        events.add("stopped");
        assertFalse(gate.ifOpen(() -> events.add("late")));
        assertEquals(List.of("stopped"), events);
        release.countDown();
        worker.join(TimeUnit.MINUTES.toMillis(1));
        assertEquals(List.of("stopped", "archived"), events);
    }
}
