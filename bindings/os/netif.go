package os

import (
	"net"
	"runtime"
	"strconv"
	"strings"
)

// ifaceAddr is one entry of uv_interface_addresses.
type ifaceAddr struct {
	name, address, netmask, family, mac string
	internal                            bool
	scopeid                             int    // -1 for IPv4
	cidr                                string // "" when the netmask is not contiguous
}

// interfaceAddresses lists the addresses of the interfaces that are up and
// running, in getifaddrs' order: on Linux every IPv4 address (interface by
// interface) before every IPv6 one, as the kernel dumps them; elsewhere
// interface by interface.
func interfaceAddresses() ([]ifaceAddr, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	var v4, v6 []ifaceAddr
	byFamily := runtime.GOOS == "linux" || runtime.GOOS == "android"
	for _, ifi := range ifs {
		if ifi.Flags&net.FlagUp == 0 || ifi.Flags&net.FlagRunning == 0 {
			continue
		}
		addrs, err := ifi.Addrs()
		if err != nil {
			continue
		}
		mac := formatMAC(ifi.HardwareAddr)
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			e := ifaceAddr{name: ifi.Name, mac: mac, internal: ifi.Flags&net.FlagLoopback != 0}
			if ip4 := ipn.IP.To4(); ip4 != nil && len(ipn.Mask) != net.IPv6len {
				mask := ipn.Mask
				e.family, e.scopeid = "IPv4", -1
				e.address, e.netmask = formatIPv4(ip4), formatIPv4(net.IP(mask))
			} else if ip6 := ipn.IP.To16(); ip6 != nil && len(ipn.Mask) == net.IPv6len {
				e.family = "IPv6"
				e.address, e.netmask = formatIPv6(ip6), formatIPv6(net.IP(ipn.Mask))
				if ip6.IsLinkLocalUnicast() || ip6.IsLinkLocalMulticast() {
					e.scopeid = ifi.Index
				}
			} else {
				continue
			}
			if ones, bits := ipn.Mask.Size(); bits != 0 {
				e.cidr = e.address + "/" + strconv.Itoa(ones)
			}
			if e.family == "IPv6" && byFamily {
				v6 = append(v6, e)
			} else {
				v4 = append(v4, e)
			}
		}
	}
	return append(v4, v6...), nil
}

// formatMAC writes the first 6 bytes of a hardware address (zeros when
// there is none), as libuv's phys_addr holds them.
func formatMAC(hw net.HardwareAddr) string {
	var b [6]byte
	copy(b[:], hw)
	const hex = "0123456789abcdef"
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(':')
		}
		sb.WriteByte(hex[c>>4])
		sb.WriteByte(hex[c&15])
	}
	return sb.String()
}

func formatIPv4(ip net.IP) string {
	return strconv.Itoa(int(ip[0])) + "." + strconv.Itoa(int(ip[1])) + "." +
		strconv.Itoa(int(ip[2])) + "." + strconv.Itoa(int(ip[3]))
}

// formatIPv6 is inet_ntop for AF_INET6: the longest run of two or more zero
// words (the first of equal runs) becomes "::", and an address whose first
// six words are zero, or whose first five are zero and sixth ffff, ends in
// dotted IPv4 ("::1.2.3.4", "::ffff:1.2.3.4").
func formatIPv6(ip net.IP) string {
	var words [8]int
	for i := range words {
		words[i] = int(ip[2*i])<<8 | int(ip[2*i+1])
	}
	bestBase, bestLen, curBase, curLen := -1, 0, -1, 0
	for i, w := range words {
		if w == 0 {
			if curBase < 0 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
			continue
		}
		if curBase >= 0 && curLen > bestLen {
			bestBase, bestLen = curBase, curLen
		}
		curBase = -1
	}
	if curBase >= 0 && curLen > bestLen {
		bestBase, bestLen = curBase, curLen
	}
	if bestLen < 2 {
		bestBase = -1
	}
	var sb strings.Builder
	for i := 0; i < 8; i++ {
		if bestBase >= 0 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				sb.WriteByte(':')
			}
			continue
		}
		if i != 0 {
			sb.WriteByte(':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && words[5] == 0xffff) {
			sb.WriteString(formatIPv4(ip[12:16]))
			return sb.String()
		}
		sb.WriteString(strconv.FormatInt(int64(words[i]), 16))
	}
	if bestBase >= 0 && bestBase+bestLen == 8 {
		sb.WriteByte(':')
	}
	return sb.String()
}
