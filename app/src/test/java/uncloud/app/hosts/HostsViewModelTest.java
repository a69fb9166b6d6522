package uncloud.app.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uncloud.agent.protocol.Health;
import uncloud.app.common.CurrentThreadTaskRunner;
import uncloud.app.testing.RecordingDialogService;
import uncloud.client.ConnectionException;
import uncloud.client.ValidationException;
import uncloud.client.domain.Host;
import uncloud.client.domain.HostKind;

class HostsViewModelTest {
    private static final String PIN = "0123456789abcdef".repeat(4);
    private final Host hypervisor =
            host(1, "hypervisor-1.zrh.uncloud.ch", HostKind.HYPERVISOR, "https://10.0.0.1:7443");
    private final Host vpn = host(2, "vpn-1.zrh.uncloud.ch", HostKind.VPN, null);
    private final List<Host> fleet = new ArrayList<>(List.of(hypervisor, vpn));
    private final List<String> asked = new ArrayList<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final HostsViewModel viewModel = new HostsViewModel(
            () -> List.copyOf(fleet),
            host -> {
                asked.add(host.fqdn());
                if (host.agentUrl() == null) {
                    throw new ValidationException(
                            "agentUrl", host.fqdn() + " is not onboarded yet: it has no agent address and certificate");
                }
                if (host.fqdn().startsWith("down")) {
                    throw new ConnectionException("Cannot reach the agent at " + host.agentUrl() + ": refused");
                }
                return new Health(
                        "0.1.0", host.fqdn(), true, List.of("nft", "qemu"), 7L, List.of("000000002a"), List.of());
            },
            new CurrentThreadTaskRunner(),
            dialogs);

    @Test
    void selectingAHostAsksItsAgentAndShowsTheReport() {
        viewModel.reload();

        viewModel.selectedProperty().set(viewModel.hosts().get(0));

        assertThat(viewModel.hosts()).containsExactly(hypervisor, vpn);
        assertThat(asked).containsExactly("hypervisor-1.zrh.uncloud.ch");
        assertThat(viewModel.agentReportProperty().get()).isEqualTo("""
                        Agent 0.1.0 on hypervisor-1.zrh.uncloud.ch (dry run: it records changes but runs no host command)
                        Tools found: nft, qemu
                        Firewall: version 7
                        VMs: 000000002a
                        WireGuard interfaces: none""");
        assertThat(viewModel.hostText().get()).isEqualTo("""
                        hypervisor-1.zrh.uncloud.ch (hypervisor)
                        Agent: https://10.0.0.1:7443
                        Pinned certificate: SHA-256 0123456789abcdef…
                        SSH host key: not verified yet""");
    }

    @Test
    void aHostThatIsNotOnboardedSaysSoInsteadOfAReport() {
        viewModel.reload();

        viewModel.selectedProperty().set(vpn);

        assertThat(viewModel.agentReportProperty().get())
                .isEqualTo(
                        "Cannot ask the agent: vpn-1.zrh.uncloud.ch is not onboarded yet: it has no agent address and"
                                + " certificate");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void anUnreachableAgentIsReportedInThePaneNotAsADialog() {
        fleet.add(host(3, "down-1.zrh.uncloud.ch", HostKind.HYPERVISOR, "https://10.0.0.3:7443"));
        viewModel.reload();

        viewModel.selectedProperty().set(viewModel.hosts().get(2));

        assertThat(viewModel.agentReportProperty().get())
                .isEqualTo("Cannot ask the agent: Cannot reach the agent at https://10.0.0.3:7443: refused");
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void refreshKeepsTheSelectionAndAsksTheAgentAgain() {
        viewModel.reload();
        viewModel.selectedProperty().set(hypervisor);

        viewModel.refreshCommand().execute();

        assertThat(viewModel.selectedProperty().get()).isEqualTo(hypervisor);
        assertThat(asked).containsExactly("hypervisor-1.zrh.uncloud.ch", "hypervisor-1.zrh.uncloud.ch");
    }

    @Test
    void aHostRemovedMeanwhileClearsTheSelectionAndThePane() {
        viewModel.reload();
        viewModel.selectedProperty().set(vpn);
        fleet.remove(vpn);

        viewModel.reload();

        assertThat(viewModel.selectedProperty().get()).isNull();
        assertThat(viewModel.agentReportProperty().get()).isEqualTo(HostsViewModel.NOTHING_SELECTED);
        assertThat(viewModel.checkAgentCommand().isExecutable()).isFalse();
    }

    @Test
    void aFailedLoadIsShownAsAnError() {
        HostsViewModel failing = new HostsViewModel(
                () -> {
                    throw new ConnectionException("The database cannot be reached");
                },
                HostAgents.withoutCertificate(),
                new CurrentThreadTaskRunner(),
                dialogs);

        failing.reload();

        assertThat(dialogs.last().title()).isEqualTo("Cannot load the hosts");
        assertThat(dialogs.last().message()).isEqualTo("The database cannot be reached");
    }

    private static Host host(long id, String fqdn, HostKind kind, String url) {
        return new Host(id, fqdn, kind, null, url, url == null ? null : PIN, null, null, 1);
    }
}
