package dev.frontrun.internal.instrument;

import dev.frontrun.internal.bootstrap.Bridge;
import dev.frontrun.internal.sched.RuntimeHooks;

/** Connects the bridge to the scheduler; loaded only after the bridge is in the bootstrap class loader. */
final class HookWiring {

    private HookWiring() {
    }

    static Class<?> wire() {
        if (Bridge.installed() == null) {
            Bridge.install(new RuntimeHooks());
        }
        return Bridge.class;
    }
}
