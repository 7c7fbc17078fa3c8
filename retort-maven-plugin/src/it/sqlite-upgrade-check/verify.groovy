def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : "build.log lacks: " + text }

expect('[INFO] Running upgrade <base> -> 1975ea83b712, create account (')
expect('[INFO] No new upgrade operations detected.')
expect('[INFO] Detected + table tag')
def scripts = new File(basedir, 'db/migrations/versions').listFiles().findAll { it.name.endsWith('_add_tag.java') }
assert scripts.size() == 1 : "autogenerate wrote no *_add_tag.java"
expect('[INFO] Generating db/migrations/versions/' + scripts[0].name + ' ... done')
assert scripts[0].text.contains('op.createTable("tag"')
expect('[INFO] Running upgrade 1975ea83b712 -> ')
expect('(head)')
expect('[INFO] Skipping Retort (retort.skip)')
assert new File(basedir, 'db/app.db').isFile()
assert !log.contains('[ERROR]')
return true
