package io.proofline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    final AddressPolicy strict = new AddressPolicy(List.of(), List.of());

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.0.10",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.2.1", "198.18.0.1", "::", "::1", "fc00::1",
            "fd12:3456::1", "fe80::1", "febf::1", "ff02::1", "2001:db8::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
            "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "2002:c0a8:101::1" })
    void internal_addresses_are_refused(String address) throws Exception {
        assertThat(strict.permitted(InetAddress.getByName(address))).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "169.253.255.255",
            "2606:2800:220:1:248:1893:25c8:1946", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808",
            "2002:808:808::1" })
    void public_addresses_are_permitted(String address) throws Exception {
        assertThat(strict.permitted(InetAddress.getByName(address))).as(address).isTrue();
    }

    @Test
    void a_name_that_resolves_to_an_internal_address_is_refused() {
        assertThatThrownBy(() -> strict.resolve("localhost")).isInstanceOf(AddressPolicy.RefusedAddressException.class)
                .hasMessageContaining("which imports may not reach");
        assertThatThrownBy(() -> strict.resolve("[::1]")).isInstanceOf(AddressPolicy.RefusedAddressException.class);
    }

    @Test
    void allowed_networks_permit_their_addresses_only() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of(), List.of("10.20.0.0/16", "fd00:1::/32", "127.0.0.2"));
        assertThat(policy.permitted(InetAddress.getByName("10.20.3.4"))).isTrue();
        assertThat(policy.permitted(InetAddress.getByName("::ffff:10.20.3.4"))).isTrue();
        assertThat(policy.permitted(InetAddress.getByName("10.21.0.1"))).isFalse();
        assertThat(policy.permitted(InetAddress.getByName("fd00:1:2::3"))).isTrue();
        assertThat(policy.permitted(InetAddress.getByName("fd00:2::3"))).isFalse();
        assertThat(policy.permitted(InetAddress.getByName("127.0.0.2"))).isTrue();
        assertThat(policy.permitted(InetAddress.getByName("127.0.0.1"))).isFalse();
        assertThat(policy.resolve("127.0.0.2")).hasSize(1);
    }

    @Test
    void allowed_hosts_may_resolve_to_internal_addresses() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("LocalHost"), List.of());
        assertThat(policy.resolve("localhost")).isNotEmpty();
        assertThatThrownBy(() -> policy.resolve("127.0.0.1")).isInstanceOf(AddressPolicy.RefusedAddressException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "example.com/8", "10.0.0.0/33", "::/129", "10.0.0.0/x", "not an address" })
    void malformed_networks_are_refused_at_start(String network) {
        assertThatThrownBy(() -> new AddressPolicy(List.of(), List.of(network)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
