// The site has the frontrun page (a summary table naming both scenarios, linking the full report) and the full
// FreeMarker report beside it; the build never forked a scenario JVM.
def site = new File(basedir, 'target/site')
def page = new File(site, 'frontrun.html')
assert page.isFile() : "no frontrun page in ${site}: ${site.list()}"
def html = page.getText('UTF-8')
assert html.contains('LostUpdateScenario') : html
assert html.contains('IncrementInSqlScenario') : html
assert html.contains('FOUND') && html.contains('CLEAN') : html
assert html.contains('23/200 trials failed (11.5%)') : html
assert html.contains('href="frontrun/index.html"') : html
assert html.contains('frontrun/scenarios/com.example.orders.LostUpdateScenario.html') : html
def index = new File(site, 'frontrun/index.html')
assert index.isFile() : "no full report under ${site}/frontrun"
assert index.getText('UTF-8').contains('LostUpdateScenario')
assert new File(site, 'frontrun/scenarios/com.example.orders.LostUpdateScenario.html').isFile()
assert !new File(basedir, 'target/frontrun/forks').exists() : 'the report goal must never fork'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('frontrun: 2 scenario result(s)') : 'the report goal did not run'
return true
