package uncloud.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uncloud.agent.protocol.ApplyResult;
import uncloud.agent.protocol.FirewallInterface;
import uncloud.agent.protocol.FirewallState;
import uncloud.agent.protocol.Health;
import uncloud.agent.protocol.InboundRule;
import uncloud.agent.tls.AgentIdentity;
import uncloud.app.session.LibrarySessionOpener;
import uncloud.app.session.Session;
import uncloud.client.UncloudException;
import uncloud.client.agent.AgentClient;
import uncloud.client.agent.AgentClients;
import uncloud.client.agent.AgentEndpoint;
import uncloud.client.agent.ConsoleCertificate;
import uncloud.client.agent.RetryPolicy;
import uncloud.client.db.Database;
import uncloud.client.db.Repositories;
import uncloud.client.domain.Host;
import uncloud.client.domain.HostKind;
import uncloud.client.profile.ConnectionProfile;
import uncloud.client.testing.TestDatabase;

/** The demo profile's login starts a dry-run agent per host, reached over mutual TLS like real ones. */
class DemoAgentsTest {
    private static Session session;

    @BeforeAll
    static void logInToTheDemo() {
        session = new LibrarySessionOpener(Clock.systemUTC())
                .open(ConnectionProfile.demoProfile(), "alice", "demo".toCharArray(), (host, key) -> false, step -> {});
    }

    @AfterAll
    static void logOut() {
        session.close();
    }

    @Test
    void everyDemoHostPointsAtALoopbackAgentThatAnswersAsADryRun() {
        List<Host> hosts = session.hosts().all();

        assertThat(hosts).hasSize(4);
        for (Host host : hosts) {
            assertThat(host.agentUrl()).startsWith("https://127.0.0.1:");
            Health health = session.agents().health(host);
            assertThat(health.hostName()).isEqualTo(host.fqdn());
            assertThat(health.dryRun()).isTrue();
            assertThat(health.firewallVersion()).isNull();
        }
    }

    @Test
    void aDemoAgentRecordsAFirewallAnswersOnlyTheDemoConsoleAndStopsOnClose() {
        try (TestDatabase test = TestDatabase.create()) {
            Database database = test.database();
            Host inserted = database.inTransaction(
                    "test",
                    tx -> Repositories.hosts()
                            .insert(tx, Host.create("hypervisor-9.zrh.uncloud.ch", HostKind.HYPERVISOR)));
            DemoAgents agents = DemoAgents.start(database, "alice");
            Host host = database.read(tx -> Repositories.hosts().get(tx, inserted.id()));
            AgentEndpoint endpoint = AgentEndpoint.of(host);
            try (AgentClients demoConsole = new AgentClients(agents.consoleCertificate(), RetryPolicy.NONE);
                    AgentClients otherConsole = new AgentClients(someOtherConsole(), RetryPolicy.NONE)) {
                AgentClient client = demoConsole.forHost(endpoint);

                ApplyResult applied = client.applyFirewall(new FirewallState(
                        1,
                        List.of(new FirewallInterface(
                                "v000000002a01",
                                "br100",
                                "02:00:00:00:00:2a",
                                List.of("2a0a:e5c1:111:b::/64"),
                                List.of(),
                                List.of(new InboundRule("tcp", "22", "::/0"))))));

                assertThat(applied).isEqualTo(new ApplyResult(true, List.of("nft -f /dev/stdin")));
                assertThat(client.health().firewallVersion()).isEqualTo(1L);
                assertThrows(
                        UncloudException.class,
                        () -> otherConsole.forHost(endpoint).health());
            } finally {
                agents.close();
            }
            try (AgentClients afterClose = new AgentClients(agents.consoleCertificate(), RetryPolicy.NONE)) {
                assertThrows(
                        UncloudException.class,
                        () -> afterClose.forHost(endpoint).health());
            }
        }
    }

    private static ConsoleCertificate someOtherConsole() {
        AgentIdentity identity = AgentIdentity.generate("another-console");
        return new ConsoleCertificate(identity.certificate(), identity.key());
    }
}
