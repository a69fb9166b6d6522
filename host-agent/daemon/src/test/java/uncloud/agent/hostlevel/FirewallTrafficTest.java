package uncloud.agent.hostlevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uncloud.agent.firewall.FirewallApplier;
import uncloud.agent.firewall.FirewallFeatures;
import uncloud.agent.host.Command;
import uncloud.agent.host.ProcessCommandRunner;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.InboundRule;

/**
 * Real frames through a bridge: a "VM" namespace and an "outside" namespace hang on a bridge in a third, where
 * the agent's firewall runs. Spoofed sources are dropped, the allow-list decides what reaches the VM.
 */
class FirewallTrafficTest {
    private static final String TAP = "v000000000101";
    private static final String MAC = "02:00:00:00:01:01";

    private Netns host;
    private Netns vm;
    private Netns outside;
    private FirewallApplier firewall;
    private Process webServer;

    @BeforeEach
    void wireUpABridge() throws Exception {
        Netns.assumeHostTools("ip", "nft", "ping", "python3", "curl");
        host = Netns.create();
        vm = Netns.create();
        outside = Netns.create();
        ProcessCommandRunner root = new ProcessCommandRunner();
        root.runChecked(Command.of(
                "ip", "link", "add", TAP, "netns", host.name, "type", "veth", "peer", "name", "eth0", "netns",
                vm.name));
        root.runChecked(Command.of(
                "ip",
                "link",
                "add",
                "o1",
                "netns",
                host.name,
                "type",
                "veth",
                "peer",
                "name",
                "eth0",
                "netns",
                outside.name));
        host.run("ip", "link", "add", "br100", "type", "bridge");
        host.run("ip", "link", "set", "br100", "up");
        for (String port : List.of(TAP, "o1")) {
            host.run("ip", "link", "set", port, "master", "br100", "up");
        }
        vm.run("ip", "link", "set", "eth0", "address", MAC, "up");
        vm.run("ip", "address", "add", "10.0.1.1/24", "dev", "eth0");
        outside.run("ip", "link", "set", "eth0", "up");
        outside.run("ip", "address", "add", "10.0.1.2/24", "dev", "eth0");
        webServer = new ProcessBuilder(
                        "ip", "netns", "exec", vm.name, "python3", "-m", "http.server", "-b", "10.0.1.1", "80")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        firewall = new FirewallApplier(host.runner, FirewallFeatures.probe(host.runner), Duration.ofSeconds(30));
        firewall.apply(new FirewallState(
                1,
                List.of(new FirewallInterface(
                        TAP,
                        "br100",
                        MAC,
                        List.of(),
                        List.of("10.0.1.1/32"),
                        List.of(new InboundRule("tcp", "80", "0.0.0.0/0"))))));
    }

    @AfterEach
    void tearDown() {
        if (webServer != null) {
            webServer.destroyForcibly();
        }
        for (Netns ns : new Netns[] {host, vm, outside}) {
            if (ns != null) {
                ns.close();
            }
        }
    }

    @Test
    void theVmReachesOutsideFromItsOwnAddressOnly() {
        assertThat(ping(vm, "10.0.1.1")).isTrue();

        vm.run("ip", "address", "add", "10.0.1.99/24", "dev", "eth0");

        assertThat(ping(vm, "10.0.1.99")).isFalse();
    }

    @Test
    void aVmThatChangesItsMacIsCutOff() {
        vm.run("ip", "link", "set", "eth0", "address", "02:00:00:00:99:99");

        assertThat(ping(vm, "10.0.1.1")).isFalse();
    }

    @Test
    void onlyAllowedPortsReachTheVm() throws Exception {
        assertThat(httpStatus("80")).isEqualTo("200");

        firewall.apply(new FirewallState(
                2,
                List.of(new FirewallInterface(
                        TAP,
                        "br100",
                        MAC,
                        List.of(),
                        List.of("10.0.1.1/32"),
                        List.of(new InboundRule("tcp", "22", "0.0.0.0/0"))))));

        assertThat(httpStatus("80")).isEqualTo("000");
    }

    private boolean ping(Netns from, String source) {
        return from.runner
                .run(Command.of("ping", "-c", "1", "-W", "1", "-I", source, from == vm ? "10.0.1.2" : "10.0.1.1"))
                .succeeded();
    }

    private String httpStatus(String port) throws InterruptedException {
        String status = "000";
        for (int attempt = 0; attempt < 20 && status.equals("000"); attempt++) {
            status = outside.runner
                    .run(Command.of(
                            "curl",
                            "-s",
                            "-o",
                            "/dev/null",
                            "-w",
                            "%{http_code}",
                            "--max-time",
                            "1",
                            "http://10.0.1.1:" + port + "/"))
                    .output()
                    .trim();
            if (status.equals("000") && firewall.live().version() == 2) {
                return status; // refused by the firewall: no point waiting for the server
            }
            if (status.equals("000")) {
                Thread.sleep(100); // the web server may still be starting
            }
        }
        return status;
    }
}
