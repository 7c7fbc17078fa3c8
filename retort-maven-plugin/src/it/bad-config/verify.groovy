def log = new File(basedir, 'build.log').text
// Maven's own advice lines (-e, -X, [Help 1]) aside, the failure is one line.
def errors = log.readLines().findAll { it.startsWith('[ERROR] ') && it.trim() != '[ERROR]' && !it.startsWith('[ERROR] [Help 1]') }
        .findAll { !(it =~ /re-run Maven|Re-run Maven|please read the following/) }
        .collect { it.replace(' -> [Help 1]', '') }
def file = new File(basedir, 'db/retort.properties').canonicalPath
assert errors == ['[ERROR] Failed to execute goal dev.retort:retort-maven-plugin:' + projectVersion
        + ':upgrade (default-cli) on project bad-config: ' + file
        + ': script_location is not set; it names the folder holding versions/ (retort init writes it)'] : errors.join('\n')
assert !new File(basedir, 'db/app.db').exists() : 'a bad configuration wrote a database'
assert !log.contains('it-s3cret-never-shown')
return true
