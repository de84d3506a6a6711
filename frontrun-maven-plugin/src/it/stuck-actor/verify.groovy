// An actor stuck in a loop, with the default settings: detected once (the actors run one after another before any
// strategy), the scenario is ERROR naming the user's line, and the whole build takes well under 90 s instead of
// every strategy timing out in turn.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/frontrun/sample.StuckScenario.json'))

assert json.grade.status == 'ERROR'
assert json.strategies*.strategy == ['sequential']
assert log.contains('Found 1 race scenario(s); seed 42, strategies markers,random,dpor,naive.')
assert log.contains('sample.StuckScenario: ERROR')
assert log.contains('actor b did not finish within 10 s when run alone')
assert log =~ /it is at StuckScenario\.awaitCancel\(StuckScenario\.java:2[45]\)/
assert log.contains('No order of the actors could finish one after another')
assert !log.contains('StuckScenario: random started')

def total = (log =~ /Total time:\s+(?:(\d+):(\d+) min|([\d.]+) s)/)
assert total.find()
def seconds = total.group(3) != null ? Double.parseDouble(total.group(3))
        : Integer.parseInt(total.group(1)) * 60 + Integer.parseInt(total.group(2))
assert seconds < 90: "the build took ${seconds} s"
true
