package os

import (
	"bufio"
	"bytes"
	"os"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// Linux: what libuv 1.46 (Node v20's) reads — /proc first, sysinfo(2) when
// /proc is missing.

// cpus follows uv_cpu_info: one entry per "cpuN" line of /proc/stat (times
// in ms: ticks × 10, as _SC_CLK_TCK is always 100 on Linux), the model from
// the CPU's block of /proc/cpuinfo, the speed in MHz from cpufreq's
// scaling_cur_freq (0 without cpufreq: libuv does not read "cpu MHz").
func cpus() ([]cpuInfo, error) {
	stat, err := os.ReadFile("/proc/stat")
	if err != nil {
		return nil, err
	}
	var list []cpuInfo
	index := map[int]int{} // cpu number → position in list
	lines := strings.Split(string(stat), "\n")
	for _, line := range lines[1:] { // the first line is the total
		f := strings.Fields(line)
		if len(f) < 7 || !strings.HasPrefix(f[0], "cpu") {
			break
		}
		n, err := strconv.Atoi(f[0][3:])
		if err != nil || n < 0 {
			break
		}
		var t [6]uint64 // user nice sys idle iowait irq
		for i := range t {
			t[i], _ = strconv.ParseUint(f[1+i], 10, 64)
		}
		c := cpuInfo{model: "unknown", user: 10 * t[0], nice: 10 * t[1], sys: 10 * t[2], idle: 10 * t[3], irq: 10 * t[5]}
		if i, dup := index[n]; dup {
			list[i] = c
			continue
		}
		index[n] = len(list)
		list = append(list, c)
	}
	// libuv lists the CPUs by number.
	sortByNumber(list, index)

	for n, i := range index {
		b, err := os.ReadFile("/sys/devices/system/cpu/cpu" + strconv.Itoa(n) + "/cpufreq/scaling_cur_freq")
		if err != nil {
			continue
		}
		khz, _ := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 64)
		list[i].speed = int(khz / 1000)
	}

	if info, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for n, model := range cpuModels(info, modelMarker()) {
			if i, ok := index[n]; ok {
				list[i].model = model
			}
		}
	}
	return list, nil
}

// sortByNumber orders list by CPU number and rewrites index to match.
func sortByNumber(list []cpuInfo, index map[int]int) {
	nums := make([]int, 0, len(index))
	for n := range index {
		nums = append(nums, n)
	}
	// Insertion sort: /proc/stat is already in order.
	for i := 1; i < len(nums); i++ {
		for j := i; j > 0 && nums[j] < nums[j-1]; j-- {
			nums[j], nums[j-1] = nums[j-1], nums[j]
		}
	}
	sorted := make([]cpuInfo, len(list))
	for pos, n := range nums {
		sorted[pos] = list[index[n]]
		index[n] = pos
	}
	copy(list, sorted)
}

// modelMarker is the /proc/cpuinfo field libuv takes the model from.
func modelMarker() string {
	switch runtime.GOARCH {
	case "ppc64", "ppc64le":
		return "cpu\t\t: "
	case "arm":
		return "Processor\t: "
	case "arm64":
		return "CPU part\t: "
	case "mips", "mipsle", "mips64", "mips64le":
		return "cpu model\t\t: "
	case "loong64":
		return "cpu family\t\t: "
	}
	return "model name\t: "
}

// armParts names arm64 CPU part numbers, as libuv does.
var armParts = map[string]string{
	"0x811": "ARM810", "0x920": "ARM920", "0x922": "ARM922", "0x926": "ARM926", "0x940": "ARM940",
	"0x946": "ARM946", "0x966": "ARM966", "0xa20": "ARM1020", "0xa22": "ARM1022",
	"0xa26": "ARM1026", "0xb02": "ARM11 MPCore", "0xb36": "ARM1136", "0xb56": "ARM1156",
	"0xb76": "ARM1176", "0xc05": "Cortex-A5", "0xc07": "Cortex-A7", "0xc08": "Cortex-A8",
	"0xc09": "Cortex-A9", "0xc0d": "Cortex-A17", "0xc0f": "Cortex-A15", "0xc0e": "Cortex-A17",
	"0xc14": "Cortex-R4", "0xc15": "Cortex-R5", "0xc17": "Cortex-R7", "0xc18": "Cortex-R8",
	"0xc20": "Cortex-M0", "0xc21": "Cortex-M1", "0xc23": "Cortex-M3", "0xc24": "Cortex-M4",
	"0xc27": "Cortex-M7", "0xc60": "Cortex-M0+", "0xd01": "Cortex-A32", "0xd03": "Cortex-A53",
	"0xd04": "Cortex-A35", "0xd05": "Cortex-A55", "0xd06": "Cortex-A65", "0xd07": "Cortex-A57",
	"0xd08": "Cortex-A72", "0xd09": "Cortex-A73", "0xd0a": "Cortex-A75", "0xd0b": "Cortex-A76",
	"0xd0c": "Neoverse-N1", "0xd0d": "Cortex-A77", "0xd0e": "Cortex-A76AE", "0xd13": "Cortex-R52",
	"0xd20": "Cortex-M23", "0xd21": "Cortex-M33", "0xd41": "Cortex-A78", "0xd42": "Cortex-A78AE",
	"0xd4a": "Neoverse-E1", "0xd4b": "Cortex-A78C",
}

// cpuModels reads the model of each CPU number from /proc/cpuinfo: blocks
// separated by blank lines, each starting with "processor\t: N". Like
// libuv it keeps at most 8 distinct names (63 bytes each); a name that
// starts with a kept one is that one, and a CPU whose name does not fit
// stays "unknown".
func cpuModels(info []byte, marker string) map[int]string {
	models := []string{"unknown"}
	out := map[int]string{}
	sc := bufio.NewScanner(bytes.NewReader(info))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	cpu, inBlock := -1, false
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			inBlock, cpu = false, -1
			continue
		}
		if !inBlock {
			inBlock = true
			rest, ok := strings.CutPrefix(line, "processor")
			if !ok {
				// libuv stops at the first block that does not start so.
				return out
			}
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimLeft(rest, "\t :")))
			if err != nil {
				return out
			}
			cpu = n
			continue
		}
		if cpu < 0 || !strings.HasPrefix(line, marker) {
			continue
		}
		name := line[len(marker):]
		if marker == "CPU part\t: " {
			if part, ok := armParts[name]; ok {
				name = part
			} else {
				name = "unknown"
			}
		}
		model := ""
		for i := 0; i < 8; i++ {
			if i == len(models) {
				if len(name) > 63 {
					name = name[:63]
				}
				models = append(models, name)
			}
			if strings.HasPrefix(name, models[i]) {
				model = models[i]
				break
			}
		}
		if model != "" {
			out[cpu] = model
		}
		cpu = -1 // only the first model line of a block counts
	}
	return out
}

// meminfo reads a "Key:   N kB" line of /proc/meminfo, in bytes (0 if absent).
func meminfo(key string) uint64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, key); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				n, _ := strconv.ParseUint(f[0], 10, 64)
				return n * 1024
			}
		}
	}
	return 0
}

func freeMemory() uint64 {
	if n := meminfo("MemAvailable:"); n != 0 {
		return n
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		return uint64(si.Freeram) * uint64(si.Unit)
	}
	return 0
}

func totalMemory() uint64 {
	if n := meminfo("MemTotal:"); n != 0 {
		return n
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		return uint64(si.Totalram) * uint64(si.Unit)
	}
	return 0
}

func loadavg() [3]float64 {
	var avg [3]float64
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(b))
		if len(f) >= 3 {
			ok := true
			for i := range avg {
				v, err := strconv.ParseFloat(f[i], 64)
				ok = ok && err == nil
				avg[i] = v
			}
			if ok {
				return avg
			}
		}
	}
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) == nil {
		for i := range avg {
			avg[i] = float64(si.Loads[i]) / 65536
		}
	}
	return avg
}

// uptime reads /proc/uptime (it has hundredths), else CLOCK_BOOTTIME in
// whole seconds, as libuv does.
func uptime() (float64, error) {
	if b, err := os.ReadFile("/proc/uptime"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			if v, err := strconv.ParseFloat(f[0], 64); err == nil {
				return v, nil
			}
		}
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts); err != nil {
		return 0, err
	}
	return float64(ts.Sec), nil
}

// availableParallelism counts the CPUs this process may run on now.
func availableParallelism() int {
	var set unix.CPUSet
	if unix.SchedGetaffinity(0, &set) == nil {
		if n := set.Count(); n > 0 {
			return n
		}
	}
	return max(runtime.NumCPU(), 1)
}
