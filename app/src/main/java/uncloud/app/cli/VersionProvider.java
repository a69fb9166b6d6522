package uncloud.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so a development build says so. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = UncloudCommand.class.getPackage().getImplementationVersion();
        return new String[] {"uncloud " + (version == null ? "development build" : version)};
    }
}
