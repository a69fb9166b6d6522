/** The host agent daemon: HTTPS server, nftables, bridges and taps, WireGuard, qemu. */
module uncloud.agent {
    requires uncloud.agent.protocol;
    requires jdk.httpserver;
    requires org.slf4j;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;

    exports uncloud.agent;
}
