// The defaults fit a CI: a tiny scenario under all default strategies (markers, random, DPOR, naive) and budgets
// takes under 20 s in its JVM, and its progress shows in the log while it runs.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/frontrun/sample.AtomicCounterScenario.json'))

assert json.grade.status == 'CLEAN'
assert (json.strategies*.strategy as Set) == (['markers', 'random', 'dpor', 'naive'] as Set)
json.strategies.each { assert it.verdict == 'HOLDS': "${it.strategy}: ${it.verdict} ${it.reason}" }
assert log.contains('AtomicCounterScenario: random started')
// the result records what the scenario took and the budgets it ran under
assert json.budget.wallMillis < 20_000
assert json.budget.maxAttempts == 200 && json.budget.maxExecutions == 1000 && json.budget.naiveTrials == 200
assert json.budget.executionTimeoutMillis == 30_000 && json.budget.sequentialLimitMillis == 10_000
def m = log =~ /fr_0_atomiccounterscenario\s+=> CLEAN \(([\d.]+) s\)/
assert m.find()
def seconds = Double.parseDouble(m.group(1))
println "tiny scenario, default strategies: ${seconds} s"
assert seconds < 20: "the tiny scenario took ${seconds} s with the default strategies"
true
