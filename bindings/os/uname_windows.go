package os

import (
	"fmt"
	"os"
	"strings"
	"unsafe"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// systemInfo is SYSTEM_INFO, up to the fields read here.
type systemInfo struct {
	ProcessorArchitecture     uint16
	Reserved                  uint16
	PageSize                  uint32
	MinimumApplicationAddress uintptr
	MaximumApplicationAddress uintptr
	ActiveProcessorMask       uintptr
	NumberOfProcessors        uint32
	ProcessorType             uint32
	AllocationGranularity     uint32
	ProcessorLevel            uint16
	ProcessorRevision         uint16
}

// osInformation is libuv's Windows uv_os_uname: "Windows_NT", the product
// name (with the service pack), major.minor.build, and the native
// processor architecture.
func osInformation() (sysname, version, release, machine string, err error) {
	v := windows.RtlGetVersion()
	release = fmt.Sprintf("%d.%d.%d", v.MajorVersion, v.MinorVersion, v.BuildNumber)
	if k, err := registry.OpenKey(registry.LOCAL_MACHINE,
		`SOFTWARE\Microsoft\Windows NT\CurrentVersion`, registry.QUERY_VALUE); err == nil {
		version, _, _ = k.GetStringValue("ProductName")
		k.Close()
	}
	// Windows 11 still calls itself "Windows 10" there.
	if v.BuildNumber >= 22000 && strings.HasPrefix(version, "Windows 10") {
		version = "Windows 11" + version[len("Windows 10"):]
	}
	if sp := windows.UTF16ToString(v.CsdVersion[:]); sp != "" {
		version += " " + sp
	}

	var si systemInfo
	procGetNativeSystemInfo.Call(uintptr(unsafe.Pointer(&si)))
	switch si.ProcessorArchitecture {
	case 9: // PROCESSOR_ARCHITECTURE_AMD64
		machine = "x86_64"
	case 6: // PROCESSOR_ARCHITECTURE_IA64
		machine = "ia64"
	case 0: // PROCESSOR_ARCHITECTURE_INTEL
		level := si.ProcessorLevel
		if level > 6 {
			level = 6
		}
		if level > 3 {
			machine = fmt.Sprintf("i%d86", level)
		} else {
			machine = "i386"
		}
	case 10: // PROCESSOR_ARCHITECTURE_IA32_ON_WIN64
		machine = "i686"
	case 5: // PROCESSOR_ARCHITECTURE_ARM
		machine = "arm"
	case 12: // PROCESSOR_ARCHITECTURE_ARM64
		machine = "arm64"
	default:
		machine = "unknown"
	}
	return "Windows_NT", version, release, machine, nil
}

func hostname() (string, error) { return os.Hostname() }
