/** The console's library: domain records and services per area. */
module uncloud.client {
    requires transitive uncloud.agent.protocol;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires org.postgresql.jdbc;
    requires flyway.core;
    requires com.jcraft.jsch;
    requires unboundid.ldapsdk;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.apache.pdfbox;
    requires com.google.zxing;
    requires org.slf4j;
    requires embedded.postgres;
    requires java.desktop;

    exports uncloud.client;
    exports uncloud.client.domain;
    exports uncloud.client.ssh;
    exports uncloud.client.auth;
    exports uncloud.client.profile;
    exports uncloud.client.db;
    exports uncloud.client.vpn;
    exports uncloud.client.sample;
    exports uncloud.client.agent;
    exports uncloud.client.billing;
    exports uncloud.client.orders;

    // Flyway reads the migrations from db/migration
    opens db.migration;
}
