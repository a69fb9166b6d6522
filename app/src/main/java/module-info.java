/** The staff console (JavaFX) and the {@code uncloud} command line. */
module uncloud.app {
    requires uncloud.client;
    requires uncloud.agent; // only the demo's dry-run agents (uncloud.app.demo)
    requires javafx.controls;
    requires atlantafx.base;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.material2;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;

    exports uncloud.app;
    exports uncloud.app.cli;
    exports uncloud.app.common;
    exports uncloud.app.demo;
    exports uncloud.app.hosts;
    exports uncloud.app.login;
    exports uncloud.app.main;
    exports uncloud.app.orders;
    exports uncloud.app.products;
    exports uncloud.app.session;
    exports uncloud.app.table;

    opens uncloud.app.cli to
            info.picocli;
    opens uncloud.app.common to
            com.fasterxml.jackson.databind;
    opens uncloud.app.session to
            com.fasterxml.jackson.databind;

    provides ch.qos.logback.classic.spi.Configurator with
            uncloud.app.ConsoleLogging;

    opens uncloud.app to
            javafx.graphics;
}
