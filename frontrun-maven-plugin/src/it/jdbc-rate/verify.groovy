// SAFE JDBC scenarios that open a connection per setup(), per actor and per holds(): each is CLEAN, every strategy
// HOLDS after its whole budget. Their executions per second are printed (mvn -Pbench-jdbc), never asserted.
import groovy.json.JsonSlurper

def results = new File(basedir, 'target/frontrun')
def log = new File(basedir, 'build.log').text
def names = ['SqlIncrementScenario', 'LockedIncrementScenario', 'SignUpOnceScenario', 'LastItemScenario']
def lines = []
names.each { name ->
    def json = new JsonSlurper().parse(new File(results, "sample.${name}.json"))
    assert json.grade.status == 'CLEAN': "${name}: ${json.grade.message}"
    assert (json.strategies*.strategy as Set) == (strategies.split(',') as Set)
    json.strategies.each { st ->
        assert st.verdict == 'HOLDS': "${name} ${st.strategy}: ${st.verdict} ${st.reason}"
        double seconds = st.wallMillis / 1000.0
        lines << String.format(Locale.ROOT, 'BENCH %-24s %-7s %5d executions in %6.2f s = %6.1f executions/s',
                name, st.strategy, st.executions, seconds, st.executions / Math.max(seconds, 0.001))
    }
    lines << String.format(Locale.ROOT, 'BENCH %-24s scenario JVM run (open to close, all strategies) %6.2f s', name,
            json.budget.wallMillis / 1000.0)
    // the stretch after the last progress line (printed every 5 s): the rate once the JVM is warm
    def forkLog = new File(results, 'forks').listFiles().find { it.name.endsWith('.log') && it.text.contains(name + ':') }
    json.strategies.each { st ->
        def progress = forkLog == null ? null : (forkLog.text =~ (name + ': ' + st.strategy
                + ' running: (\\d+) executions in (\\d+) s')).collect { [it[1] as int, it[2] as int] }
        if (progress) {
            def (n, t) = progress.last()
            double rest = st.wallMillis / 1000.0 - t
            if (rest > 0 && st.executions > n) {
                lines << String.format(Locale.ROOT, 'BENCH %-24s %-7s after %d executions in %d s: %5d in %6.2f s = %6.1f'
                        + ' executions/s', name, st.strategy, n, t, st.executions - n, rest, (st.executions - n) / rest)
            }
        }
    }
}
assert log.contains('BUILD SUCCESS')
println '== jdbc-rate on JDK ' + System.getProperty('java.version') + ' (printed, not asserted):'
lines.each { println it }
true
