package dev.frontrun.bench;

import java.util.List;

import dev.frontrun.ExplorationResult;
import dev.frontrun.Frontrun;
import dev.frontrun.Interleaving;
import dev.frontrun.Strategy;
import dev.frontrun.conformance.Conformance;

/**
 * Prints the wall time of 100 executions of each timed-wait program of the conformance catalogue (virtual clock:
 * no wall time should pass in the waits), and for each deadlock program the wall time of one replayed deadlocking
 * execution, an upper bound of the delay from the last thread blocking to the report; the same for the socket,
 * selector and pipe programs (100 executions of each that holds, one replayed blocked execution of each that blocks
 * forever). Figures only; nothing is asserted.
 */
public final class TimedWaitBenchmark {

    private static final List<String> TIMED = List.of("LatchTimedAwaitExpires", "LatchTimedAwaitSucceeds",
            "ConditionAwaitNanosExpires", "TimedWaitLoop", "SemaphoreTimedAcquireExpires",
            "SemaphoreTimedAcquireSucceeds", "TimedTryLockSucceeds", "BarrierTimeoutBreaks", "ExchangerTimeoutExpected", 
            "QueueOfferTimeoutFull", "QueuePollTimeoutSucceeds", "FutureGetTimeoutSucceeds", "ScheduledDelay",
            "ScheduledAtFixedRate", "SleepAdvancesClocks", "TimeUnitSleep", "SleepersWakeInDeadlineOrder",
            "InterruptTimedWait", "TimedJoinSucceeds", "LatchAwaitExpiryHandled", "JoinAfterSleep");
    private static final List<String> DEADLOCKS = List.of("MonitorDeadlock", "MonitorDeadlockOfThree",
            "LockOrderDeadlock", "JoinCycle", "LatchNeverCounted", "SemaphoreNeverReleased", "BarrierMissingParty",
            "PhaserMissingParty", "ExchangerNoPartner", "TakeFromEmptyQueue", "ReadToWriteUpgrade",
            "StampedLockNotReentrant", "NotifyBeforeWait", "ConditionLostSignal");
    private static final List<String> IO = List.of("SocketEcho", "SocketRequestResponseCounter", "ChannelEcho",
            "SelectorEchoServer", "SelectorWakeup", "PipeRequestResponse", "PipeReaderMakesRoom",
            "SocketReadBeforeTimeout", "SocketReadTimeoutExpected", "ServerAcceptTimeoutExpected",
            "SelectTimeoutReturnsZero");
    private static final List<String> IO_BLOCKED = List.of("ServerAcceptsOnce", "SocketReadAfterPeerGone",
            "ChannelAcceptNobodyConnects", "SelectorNothingRegistered", "PipeWriterBlocksOnFullBuffer",
            "PipedWriterFillsBuffer");

    private TimedWaitBenchmark() {
    }

    /** @param args unused */
    public static void main(String[] args) throws Exception {
        warmUp();
        hundredExecutions("Timed-wait programs: wall time of 100 executions (random strategy, virtual clock)", TIMED);
        replayedBlockage("Deadlocks: wall time of one replayed deadlocking execution (bounds the delay from the last"
                + " thread blocking to the report)", DEADLOCKS);
        hundredExecutions("Socket, selector and pipe programs: wall time of 100 executions (random strategy)", IO);
        replayedBlockage("Blocked forever in accept, read or select: wall time of one replayed blocked execution",
                IO_BLOCKED);
    }

    private static void hundredExecutions(String title, List<String> programs) throws Exception {
        System.out.println(title);
        for (String name : programs) {
            Class<? extends Conformance> type = load("success", name);
            long start = System.nanoTime();
            ExplorationResult r = explore(type).strategy(Strategy.random()).maxAttempts(100).seed(1).run();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("  %-32s %6d ms  (%s, %d executions)%n", name, ms, r.verdict(), r.executions());
        }
    }

    private static void replayedBlockage(String title, List<String> programs) throws Exception {
        System.out.println(title);
        for (String name : programs) {
            Class<? extends Conformance> type = load("fail", name);
            ExplorationResult found = explore(type).strategy(Strategy.random()).maxAttempts(1000).seed(1)
                    .reproductions(0).run();
            Interleaving schedule = found.counterexample().orElseThrow();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                explore(type).strategy(Strategy.replay(schedule)).reproductions(0).run();
                best = Math.min(best, System.nanoTime() - start);
            }
            System.out.printf("  %-32s %6.1f ms%n", name, best / 1e6);
        }
    }

    private static void warmUp() throws Exception {
        explore(load("success", "LatchHandoff")).strategy(Strategy.random()).maxAttempts(50).run();
    }

    private static dev.frontrun.ExplorationBuilder<Conformance> explore(Class<? extends Conformance> type) {
        return Frontrun.explore(() -> instantiate(type)).worker(TimedWaitBenchmark::run)
                .earlyExpiry(instantiate(type).earlyExpiry());
    }

    private static void run(Conformance c) {
        try {
            c.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Conformance instantiate(Class<? extends Conformance> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Conformance> load(String pkg, String name) throws ClassNotFoundException {
        return (Class<? extends Conformance>) Class.forName("dev.frontrun.conformance." + pkg + "." + name);
    }
}
