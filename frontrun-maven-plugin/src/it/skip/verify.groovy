// frontrun.skip=true: the racy scenario (which would fail the build) is not run, nothing is written.
def log = new File(basedir, 'build.log').text

assert log.contains('frontrun: skipped (frontrun.skip).')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/test-classes/sample/LostUpdateScenario.class').isFile(): 'the scenario was compiled'
assert !new File(basedir, 'target/frontrun').exists()
true
