def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : "build.log lacks: " + text }

expect('[INFO] Running upgrade <base> -> 2b7e1c0d9a31, create it_check_account (')
expect("The models and the migrations differ (1); write the missing revision with 'mvn retort:revision -Dretort.autogenerate -Dretort.message=...':")
expect('  + column it_check_account.display_name')
expect('[INFO] BUILD FAILURE')
expect('[INFO] Running downgrade 2b7e1c0d9a31 -> <base>, create it_check_account (')
assert !log.contains('it-s3cret-never-shown') : 'the password from settings.xml is in the log'
return true
