/** Wire types of the host agent's HTTPS API: records and Jackson only. */
module uncloud.agent.protocol {
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports uncloud.agent.protocol;

    opens uncloud.agent.protocol to
            com.fasterxml.jackson.databind;
}
