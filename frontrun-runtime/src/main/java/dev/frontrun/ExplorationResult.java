package dev.frontrun;

import java.util.Optional;

import dev.frontrun.internal.explore.ExplorationReport;
import dev.frontrun.internal.explore.ReportAccess;

/**
 * What an exploration found: a {@link Verdict}, how many executions ran, and for a violation the counterexample,
 * its explanation and how reliably it reproduces.
 */
public final class ExplorationResult {

    static {
        ReportAccess.register(result -> result.report);
    }

    private final ExplorationReport report;

    ExplorationResult(ExplorationReport report) {
        this.report = report;
    }

    /** @return the verdict */
    public Verdict verdict() {
        return report.verdict();
    }

    /** @return whether the verdict is {@link Verdict#HOLDS} */
    public boolean holds() {
        return verdict() == Verdict.HOLDS;
    }

    /**
     * @return whether a systematic strategy (DPOR) explored every execution it could produce, with no bound, limit
     *     or divergence cutting it short: then {@link Verdict#HOLDS} covers every interleaving at the agent's
     *     granularity
     */
    public boolean exhaustive() {
        return report.exhaustive();
    }

    /** @return how many executions ran (the failing one included) */
    public int executions() {
        return report.executions();
    }

    /** @return the seed every random choice came from */
    public long seed() {
        return report.seed();
    }

    /** @return the schedule of the failing execution, when the property was violated */
    public Optional<Interleaving> counterexample() {
        return Optional.ofNullable(report.counterexample()).map(Interleaving::of);
    }

    /** @return the explanation of the failure (empty unless violated) */
    public String explanation() {
        return report.explanation() == null ? "" : report.explanation().render();
    }

    /** @return how often the counterexample was replayed */
    public int reproductionAttempts() {
        return report.reproductionAttempts();
    }

    /** @return how many replays failed again */
    public int reproductionSuccesses() {
        return report.reproductionSuccesses();
    }

    /** @return why no verdict could be given, when inconclusive */
    public Optional<String> inconclusiveReason() {
        return verdict() == Verdict.INCONCLUSIVE ? Optional.ofNullable(report.inconclusiveReason()) : Optional.empty();
    }

    /**
     * Throws unless the property holds.
     *
     * @throws AssertionError with the explanation when the property was violated
     * @throws InconclusiveExplorationException when there is no verdict
     */
    public void assertHolds() {
        switch (verdict()) {
            case VIOLATED:
                throw new AssertionError(report());
            case INCONCLUSIVE:
                throw new InconclusiveExplorationException(report());
            default:
        }
    }

    /** @return the full human-readable report: verdict, counts, explanation, reproduction and seed */
    public String report() {
        StringBuilder b = new StringBuilder();
        switch (verdict()) {
            case HOLDS:
                b.append("Property holds after ").append(executions()).append(" executions (strategy ")
                        .append(report.strategy()).append(", seed ").append(seed()).append(")")
                        .append(exhaustive() ? "; exploration was exhaustive."
                                : report.inconclusiveReason() != null
                                        ? "; not exhaustive: " + report.inconclusiveReason() + "." : ".");
                break;
            case INCONCLUSIVE:
                b.append("Inconclusive after ").append(executions()).append(" executions (strategy ")
                        .append(report.strategy()).append(", seed ").append(seed()).append("): ")
                        .append(report.inconclusiveReason());
                break;
            default:
                b.append(explanation());
                int n = reproductionAttempts();
                int ok = reproductionSuccesses();
                if (n > 0) {
                    b.append("\n  Reproduced ").append(ok).append('/').append(n).append(" times (")
                            .append(Math.round(100.0 * ok / n)).append("%)\n");
                }
                b.append("\n  Strategy: ").append(report.strategy()).append("   Seed: ").append(seed())
                        .append("\n  Interleaving: ").append(counterexample().orElseThrow())
                        .append("\n  Replay with .strategy(Strategy.replay(Interleaving.parse(\"")
                        .append(counterexample().orElseThrow()).append("\")))");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return report();
    }
}
