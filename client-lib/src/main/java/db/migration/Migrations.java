package db.migration;

/**
 * Marks the package that holds the Flyway migrations ({@code V<n>__<name>.sql} resources beside this class).
 * A named module can open only packages that contain a class; opening this one lets Flyway find the SQL
 * files when the console runs on the module path.
 */
public final class Migrations {
    private Migrations() {}
}
