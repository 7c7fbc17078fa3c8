package dev.retort.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version} as picocli asks for it: {@link Version#line()}. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Version.line()};
    }
}
