@echo off
rem Starts Retort from this distribution: lib\retort.jar on the runtime in runtime\ when the archive has one,
rem else on %JAVA_HOME%'s java, else on the java on PATH (Java 17 or newer).
rem   RETORT_JAVA_OPTS  extra JVM options
setlocal
set "RETORT_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if exist "%RETORT_HOME%\runtime\bin\java.exe" set "JAVA_EXE=%RETORT_HOME%\runtime\bin\java.exe"
rem Short-lived process: the C1 compiler and the serial collector start fastest.
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %RETORT_JAVA_OPTS% -jar "%RETORT_HOME%\lib\retort.jar" %*
exit /b %ERRORLEVEL%
