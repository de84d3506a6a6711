// Two CI shards cover the project's scenarios exactly once: the union of their results equals the unsharded run
// (same scenarios, same grades, same verdicts of the deterministic strategies), each shard's run says which shard it
// was, and the site's frontrun page merges both shards into one report.
import groovy.json.JsonSlurper

def results = { String name ->
    def dir = new File(basedir, "target/${name}")
    assert dir.isDirectory() : "no ${dir}"
    def map = [:]
    dir.listFiles().findAll { it.name.endsWith('.json') && it.name != 'run.json' }.each {
        def json = new JsonSlurper().parse(it)
        map[json.scenario['class']] = [grade: json.grade.status,
                verdicts: json.strategies.collectEntries { st -> [st.strategy, st.verdict] }]
    }
    [scenarios: map, run: new JsonSlurper().parse(new File(dir, 'run.json'))]
}
def all = results('frontrun-all')
def one = results('frontrun-shard-1')
def two = results('frontrun-shard-2')

assert all.scenarios.size() == 4 : all.scenarios.keySet()
assert (all.scenarios.values()*.grade as Set) == ['CLEAN', 'FOUND'] as Set : all.scenarios
assert !one.scenarios.isEmpty() && !two.scenarios.isEmpty() : 'both shards must have scenarios for this check to mean something'
assert one.scenarios.keySet().intersect(two.scenarios.keySet()).isEmpty() : 'a scenario ran in both shards'
assert one.scenarios + two.scenarios == all.scenarios : "union ${one.scenarios + two.scenarios} vs unsharded ${all.scenarios}"
// the hash of the class name, pinned: the same on every machine
assert one.scenarios.keySet() == ['shards.AtomicCounterScenario', 'shards.LockedCounterScenario'] as Set
assert all.run.shard == null && one.run.shard == '1/2' && two.run.shard == '2/2'

assert new File(basedir, 'target/frontrun-shard-1/index.html').text.contains('CI shard\n1/2')
assert new File(basedir, 'target/frontrun-shard-2/index.html').text.contains('CI shard\n2/2')

def log = new File(basedir, 'build.log').text
assert log.contains('Found 4 race scenario(s); seed 42')
assert log.contains('Found 4 race scenario(s), 2 of them in shard 1/2;')
assert log.contains('Found 4 race scenario(s), 2 of them in shard 2/2;')
assert log.contains('(shard 2/2; merge the shards\' results with frontrun:report and frontrun.resultsDirectories)')

// the merged report
def site = new File(basedir, 'target/site')
def page = new File(site, 'frontrun.html').getText('UTF-8')
def index = new File(site, 'frontrun/index.html').getText('UTF-8')
all.scenarios.keySet().each { cls ->
    def simple = cls.substring(cls.lastIndexOf('.') + 1)
    assert page.contains(simple) : "${simple} not on the site page"
    assert index.contains(simple) : "${simple} not in the merged report"
    assert new File(site, "frontrun/scenarios/${cls}.html").isFile()
}
assert page.contains('4 of 4 scenario(s) as declared') && page.contains('CI shard(s) 1/2 + 2/2') : page
assert index.contains('Merged from CI shards 1/2 + 2/2.') && index.contains('frontrun-shard-1') : index
assert log.contains('frontrun: 4 scenario result(s) from ')

// a shard that does not exist is refused with the fix
assert log.contains("Bad frontrun.shard '3/2': K/N needs 1 <= K <= N (shards are counted from 1); with 2 shard(s) use 1/2 to 2/2.")
true
