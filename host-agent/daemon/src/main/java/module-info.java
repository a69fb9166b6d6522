/** The host agent daemon: HTTPS server, nftables, bridges and taps, WireGuard, qemu. */
module uncloud.agent {
    requires uncloud.agent.protocol;
    requires jdk.httpserver;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports uncloud.agent;
    exports uncloud.agent.host;
    exports uncloud.agent.firewall;
    exports uncloud.agent.server;
    exports uncloud.agent.state;
    exports uncloud.agent.tls;

    opens uncloud.agent.state to
            com.fasterxml.jackson.databind;
}
