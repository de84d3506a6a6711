// Grades that do not lie: a scenario that cannot run is ERROR (not CLEAN, not MISSED), whatever it declared; an
// actor that fails without any race is FAILS_WITHOUT_CONCURRENCY; the reasons are on the console; a scenario that
// cannot even be created is in index.html and the JUnit XML like the others.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def results = new File(basedir, 'target/frontrun')
def json = { name -> new JsonSlurper().parse(new File(results, "sample.${name}.json")) }

assert log.contains('BUILD FAILURE')
assert log.contains('5 race scenario(s) not as declared')
assert !log.contains('could not run every scenario')

// a SAFE scenario whose schedule has a typo: ERROR, the reason on the console
def typo = json('ScheduleTypoScenario')
assert typo.scenario.expect == 'SAFE'
assert typo.grade.status == 'ERROR'
assert typo.strategies.find { it.strategy == 'markers' }.verdict == 'ERROR'
assert log.contains('sample.ScheduleTypoScenario: ERROR - not every strategy could run, so the declared SAFE cannot be checked: markers:')
assert log =~ /ScheduleTypoScenario: ERROR .*raed/

// a RACE scenario whose open() throws: ERROR, not MISSED
def open = json('OpenThrowsScenario')
assert open.grade.status == 'ERROR'
assert log.contains('sample.OpenThrowsScenario: ERROR - not every strategy could run, so the declared RACE cannot be checked: open: OpenThrowsScenario.open() failed: java.sql.SQLException: no database to connect to at OpenThrowsScenario.open(OpenThrowsScenario.java:19)')
assert !log.contains('OpenThrowsScenario: MISSED')

// an actor that fails without concurrency: no strategy runs
def alone = json('FailsAloneScenario')
assert alone.grade.status == 'FAILS_WITHOUT_CONCURRENCY'
assert alone.strategies*.strategy == ['sequential']
assert log.contains('sample.FailsAloneScenario: FAILS_WITHOUT_CONCURRENCY - the actors fail without concurrency, run one after another: in the order deposit, withdraw, actor withdraw threw java.lang.IllegalStateException: insufficient funds: 1 at FailsAloneScenario.withdraw(FailsAloneScenario.java:16)')
assert log.contains('fix the test (setup, actors, holds) or the code first')

// an out-of-memory actor: ERROR, never a race
def oom = json('OutOfMemoryScenario')
assert oom.grade.status == 'ERROR'
assert log.contains('actor b hit java.lang.OutOfMemoryError')
assert log.contains('at OutOfMemoryScenario.fillCache(OutOfMemoryScenario.java:17) (a virtual-machine error, not a race)')
assert !log.contains('OutOfMemoryScenario: FOUND')

// no public constructor: an ERROR result, in the index and the JUnit XML
def ctor = json('NoConstructorScenario')
assert ctor.grade.status == 'ERROR'
assert log.contains('sample.NoConstructorScenario: ERROR')
assert log.contains('sample.NoConstructorScenario needs a public no-argument constructor.')
def index = new File(results, 'index.html').text
['ScheduleTypoScenario', 'OpenThrowsScenario', 'FailsAloneScenario', 'OutOfMemoryScenario', 'NoConstructorScenario'].each {
    assert index.contains(it): "index.html lacks $it"
    def junit = new File(results, "junit/TEST-frontrun.sample.${it}.xml")
    assert junit.isFile(): "no JUnit XML for $it"
}
def ctorJunit = new File(results, 'junit/TEST-frontrun.sample.NoConstructorScenario.xml').text
assert ctorJunit.contains('needs a public no-argument constructor')

// progress lines came through the Maven log while the scenarios ran
assert log.contains('[INFO] FailsAloneScenario: sequential started')
true
