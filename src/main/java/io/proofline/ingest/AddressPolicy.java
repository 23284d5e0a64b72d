package io.proofline.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which addresses a URL import may connect to. Everything that is not a public unicast address is refused —
 * loopback, private (RFC 1918, unique-local), link-local (with the cloud metadata address 169.254.169.254),
 * carrier-grade NAT, multicast, unspecified, reserved and documentation ranges, and IPv6 forms that embed such an IPv4
 * address — unless the host name or the address is on the configured allow-list.
 */
public class AddressPolicy {

    private static final List<Network> REFUSED = Network.parseAll(List.of(
            // IPv4
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            // IPv6 (forms embedding an IPv4 address are unwrapped first, see embeddedIpv4)
            "::/128", "::1/128", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"));

    private final Set<String> allowedHosts;
    private final List<Network> allowedNetworks;

    public AddressPolicy(List<String> allowedHosts, List<String> allowedNetworks) {
        this.allowedHosts = allowedHosts.stream().map(String::trim).filter(host -> !host.isEmpty())
                .map(host -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.allowedNetworks = Network.parseAll(allowedNetworks);
    }

    /**
     * The addresses of a host, all of them permitted; a {@link RefusedAddressException} when any one is refused (a name
     * that resolves to one public and one private address is refused: the connection could take either).
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = unbracket(host);
        InetAddress[] addresses = InetAddress.getAllByName(name);
        if (allowedHosts.contains(name.toLowerCase(Locale.ROOT))) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!permitted(address)) {
                throw new RefusedAddressException("The URL's host " + name + " has the address "
                        + address.getHostAddress() + ", which imports may not reach.");
            }
        }
        return addresses;
    }

    /** Whether a connection to this address is allowed. */
    public boolean permitted(InetAddress address) {
        if (allowedNetworks.stream().anyMatch(network -> network.contains(address))) {
            return true;
        }
        InetAddress effective = address;
        if (address instanceof Inet6Address) {
            Inet4Address embedded = embeddedIpv4(address.getAddress());
            if (embedded != null) {
                if (allowedNetworks.stream().anyMatch(network -> network.contains(embedded))) {
                    return true;
                }
                effective = embedded;
            }
        }
        InetAddress checked = effective;
        return REFUSED.stream().noneMatch(network -> network.contains(checked));
    }

    /**
     * The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::a.b.c.d) or
     * 6to4 (2002:aabb:ccdd::) address, which reaches that IPv4 host; null for other addresses.
     */
    static Inet4Address embeddedIpv4(byte[] bytes) {
        if (bytes.length != 16) {
            return null;
        }
        byte[] v4 = null;
        boolean firstTenZero = Arrays.equals(bytes, 0, 10, new byte[10], 0, 10);
        if (firstTenZero && ((bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) || (bytes[10] == 0 && bytes[11] == 0
                && !(bytes[12] == 0 && bytes[13] == 0 && bytes[14] == 0 && (bytes[15] == 0 || bytes[15] == 1))))) {
            v4 = Arrays.copyOfRange(bytes, 12, 16);
        } else if (bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && Arrays.equals(bytes, 4, 12, new byte[8], 0, 8)) {
            v4 = Arrays.copyOfRange(bytes, 12, 16);
        } else if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            v4 = Arrays.copyOfRange(bytes, 2, 6);
        }
        if (v4 == null) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A host whose address imports may not reach; an UnknownHostException so that DNS resolvers may throw it. */
    public static class RefusedAddressException extends UnknownHostException {

        public RefusedAddressException(String message) {
            super(message);
        }
    }

    static String unbracket(String host) {
        if (host != null && host.length() > 2 && host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** An address range in CIDR notation. */
    record Network(byte[] prefix, int bits) {

        static List<Network> parseAll(List<String> cidrs) {
            return cidrs.stream().map(String::trim).filter(cidr -> !cidr.isEmpty()).map(Network::parse).toList();
        }

        static Network parse(String cidr) {
            int slash = cidr.indexOf('/');
            String address = slash < 0 ? cidr : cidr.substring(0, slash);
            if (!address.matches("[0-9A-Fa-f:.\\[\\]]+")) {
                // never resolve a name here: the list names networks
                throw new IllegalArgumentException("Not an address range: " + cidr);
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(unbracket(address)).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not an address range: " + cidr, e);
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(cidr.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Not an address range: " + cidr, e);
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("Not an address range: " + cidr);
                }
            }
            return new Network(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(candidate, 0, whole, prefix, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (candidate[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
