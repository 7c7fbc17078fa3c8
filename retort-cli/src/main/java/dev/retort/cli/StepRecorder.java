package dev.retort.cli;

import dev.retort.MigrationListener;
import dev.retort.MigrationStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each finished step with its duration, for {@code --output json}, and passes every event on; runs
 * {@code beforeSteps} once the plan is made and checked, just before the first step.
 */
final class StepRecorder implements MigrationListener {
    private final MigrationListener next;
    private final Runnable beforeSteps;
    private final List<JsonOutput.Step> steps = new ArrayList<>();

    StepRecorder(MigrationListener next) {
        this(next, () -> { });
    }

    StepRecorder(MigrationListener next, Runnable beforeSteps) {
        this.next = next;
        this.beforeSteps = beforeSteps;
    }

    @Override
    public void planned(int count) {
        beforeSteps.run();
        next.planned(count);
    }

    @Override
    public void stepStarting(MigrationStep step) {
        next.stepStarting(step);
    }

    @Override
    public void stepFinished(MigrationStep step, Duration took) {
        steps.add(JsonOutput.Step.of(step, took.toMillis()));
        next.stepFinished(step, took);
    }

    @Override
    public void notice(String message) {
        next.notice(message);
    }

    @Override
    public void waitingForLock(String holder, Duration timeout) {
        next.waitingForLock(holder, timeout);
    }

    @Override
    public void lockAcquired(Duration waited) {
        next.lockAcquired(waited);
    }

    @Override
    public void waitingForDatabase(int attempt, Duration retryIn, String reason) {
        next.waitingForDatabase(attempt, retryIn, reason);
    }

    List<JsonOutput.Step> steps() {
        return List.copyOf(steps);
    }
}
