package dev.frontrun.internal.explore;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import dev.frontrun.internal.db.SqlScheduling;
import dev.frontrun.internal.sched.Caveats;
import dev.frontrun.internal.sched.Execution;
import dev.frontrun.internal.sched.SchedulingStrategy;
import dev.frontrun.internal.sched.TraceEvent;
import dev.frontrun.internal.vocab.OpKind;
import dev.frontrun.internal.vocab.ThreadNames;

/**
 * What the executions of one exploration showed that keeps its result from being a proof: a thread detached from
 * the scheduler, an unmanaged thread running application code, a call no execution can model, a declared worker
 * that made no shared access the agent could see; and the reasons built from them.
 */
final class Incompleteness {

    /** Whether a thread of the current exploration had to be detached from the scheduler. */
    private String detachedSeen;
    /** How an unmanaged thread ran application code during an execution, or null. */
    private String unmanagedSeen;
    /** The first call no execution could model (an asynchronous channel), or null. */
    private String unmodelledSeen;
    /** The first call whose effect no scheduling point shows (a field updater, a fork/join pool), and why; or null. */
    private String hiddenSeen;
    /** Why a clock read beside an early expiry keeps DPOR from a proof, or null. */
    private String clockReadSeen;
    /** The declared workers that performed at least one shared operation in some execution. */
    private final BitSet observed = new BitSet();

    /** Forgets what earlier explorations showed. */
    void reset() {
        detachedSeen = null;
        unmanagedSeen = null;
        unmodelledSeen = null;
        hiddenSeen = null;
        clockReadSeen = null;
        observed.clear();
    }

    /** Notes what one execution showed (after it ran). */
    void note(Execution exec) {
        Caveats c = exec.caveats();
        detachedSeen = detachedSeen != null ? detachedSeen : c.detached();
        unmanagedSeen = unmanagedSeen != null ? unmanagedSeen : c.unmanaged();
        unmodelledSeen = unmodelledSeen != null ? unmodelledSeen : c.unmodelledCall();
        hiddenSeen = hiddenSeen != null ? hiddenSeen : c.hiddenAccess();
        clockReadSeen = clockReadSeen != null ? clockReadSeen : c.clockRead();
    }

    /** @return how the first thread that had to be detached from the scheduler was stuck, or null */
    String detached() {
        return detachedSeen;
    }

    /** @param detached the detachment seen before an execution that does not count, restored after it */
    void detached(String detached) {
        detachedSeen = detached;
    }

    /** Notes which of the {@code workers} declared workers made a shared access the agent could see. */
    void observe(List<TraceEvent> trace, int workers) {
        for (TraceEvent e : trace) {
            OpKind k = e.op().kind();
            if (e.thread() < workers && k != OpKind.BEGIN && k != OpKind.END) {
                observed.set(e.thread());
            }
        }
    }

    /**
     * @return why the exploration under {@code strategy} is no proof (the strategy's own reason, a detached thread,
     *     database sharing or isolation the model does not explore, an unmanaged thread), or null
     */
    String reason(SchedulingStrategy strategy) {
        String incomplete = strategy.incompleteness();
        if (detachedSeen != null && strategy.systematic()) {
            String why = "a thread had to run outside the scheduler's control (blocked where the model cannot see: "
                    + detachedSeen + "), so the systematic exploration is no proof";
            // also beside the strategy's own reason: a detached thread is the usual cause of a diverged replay
            incomplete = incomplete == null ? why : incomplete + "; " + why;
        }
        if (incomplete == null && strategy.systematic()) {
            incomplete = clockReadSeen;
        }
        // what the database model does not cover is said even when the strategy has its own reason: it is often
        // the cause of that reason (a wait the model did not foresee makes a replay diverge)
        String unproven = strategy.systematic() ? SqlScheduling.unproven() : null;
        if (unproven != null) {
            incomplete = incomplete == null ? unproven : incomplete + "; and " + unproven;
        }
        String wait = SqlScheduling.unforeseenWait();
        if (incomplete != null && wait != null && detachedSeen != null) {
            incomplete += " (" + wait + ")";
        }
        if (incomplete == null && hiddenSeen != null && strategy.systematic()) {
            incomplete = "a worker called " + hiddenSeen + ", so the systematic exploration is no proof";
        }
        if (incomplete == null && unmanagedSeen != null && strategy.systematic()) {
            incomplete = unmanagedSeen + ": what it did was not controlled, so no verdict can be certain (start"
                    + " the threads and pools the code uses inside the workers, not in setup or before)";
        }
        return incomplete;
    }

    /** @return whether a managed thread made a call the scheduler does not model */
    boolean unmodelled() {
        return unmodelledSeen != null;
    }

    /** @return why no verdict can be certain after an unmodelled call, with the failure of {@code failing} if any */
    String unmodelledReason(ExecutionRun failing) {
        // what the JDK's own threads do for the call runs beside the scheduler (and outside its virtual time):
        // a failure may be an artefact of that as much as a pass may miss one
        return "a managed thread called " + unmodelledSeen + ", which the scheduler does not model (the"
                + " JDK's own threads complete it outside the scheduler's control and virtual time), so no verdict"
                + " can be certain" + (failing != null ? "; an execution failed: " + failing.violation() : "");
    }

    /** @return why no certificate can be given because one of the {@code n} workers showed nothing shared, or null */
    String unobservedWorkers(int n, ThreadNames names) {
        if (observed.cardinality() == n) {
            return null;
        }
        List<String> silent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!observed.get(i)) {
                silent.add(names.of(i));
            }
        }
        return "no shared state observed: worker" + (silent.size() == 1 ? " " : "s ") + silent
                + " made no access frontrun could see, so the result would certify nothing about "
                + (silent.size() == 1 ? "it" : "them") + ". Its code may be outside the observed classes (add its"
                + " library packages with frontrun.include / .include(...)), or it may work on objects only through"
                + " a method reference to a JDK method (call it from a lambda in your code instead).";
    }
}
