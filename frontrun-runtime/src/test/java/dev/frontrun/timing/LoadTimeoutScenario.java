package dev.frontrun.timing;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.frontrun.scenario.Actor;
import dev.frontrun.scenario.RaceScenario;
import dev.frontrun.scenario.Scenario;

/**
 * A timed await whose result is ignored, as if one second were always enough for the loader: wrong only when the
 * await expires while the loader could still run, which only early expiry ({@code frontrun.earlyExpiry}) explores.
 * Declared SAFE, as its author believes.
 */
@RaceScenario(description = "a timed await that ignores its timeout")
public final class LoadTimeoutScenario implements Scenario<LoadTimeoutScenario.App> {

    /** The application's state. */
    public static final class App {
        final AtomicInteger config = new AtomicInteger();
        volatile boolean usedBeforeLoaded;
        int requests;
    }

    @Override
    public App setup() {
        return new App();
    }

    @Override
    public List<Actor<App>> actors() {
        return List.of(Actor.of("startup", LoadTimeoutScenario::startUp), Actor.of("request", a -> a.requests++));
    }

    private static void startUp(App app) {
        CountDownLatch loaded = new CountDownLatch(1);
        Thread loader = new Thread(() -> {
            app.config.set(42);
            loaded.countDown();
        });
        loader.start();
        try {
            loaded.await(1, TimeUnit.SECONDS);
            if (app.config.get() != 42) {
                app.usedBeforeLoaded = true;
            }
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean holds(App app) {
        return !app.usedBeforeLoaded;
    }
}
