package os

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCPUModelsX86(t *testing.T) {
	info := "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7B13\ncpu MHz\t\t: 2450.000\n\n" +
		"processor\t: 1\nmodel name\t: AMD EPYC 7B13\n\n" +
		"processor\t: 2\nmodel name\t: Intel(R) Xeon(R)\n\n" +
		"processor\t: 3\nvendor_id\t: x\n\n"
	got := cpuModels([]byte(info), "model name\t: ")
	want := map[int]string{0: "AMD EPYC 7B13", 1: "AMD EPYC 7B13", 2: "Intel(R) Xeon(R)"}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for n, m := range want {
		if got[n] != m {
			t.Errorf("cpu %d: %q, want %q", n, got[n], m)
		}
	}
}

func TestCPUModelsArm64(t *testing.T) {
	info := "processor\t: 0\nBogoMIPS\t: 243.75\nCPU implementer\t: 0x41\nCPU part\t: 0xd0c\n\n" +
		"processor\t: 1\nCPU part\t: 0xfff\n\n"
	got := cpuModels([]byte(info), "CPU part\t: ")
	if got[0] != "Neoverse-N1" || got[1] != "unknown" {
		t.Errorf("got %v", got)
	}
}

// libuv stops at a block that does not start with "processor" (s390x's
// /proc/cpuinfo): every CPU stays "unknown".
func TestCPUModelsOtherLayout(t *testing.T) {
	info := "vendor_id       : IBM/S390\n# processors    : 2\n\nprocessor 0: version = FF\n"
	if got := cpuModels([]byte(info), "model name\t: "); len(got) != 0 {
		t.Errorf("got %v", got)
	}
}

func TestPasswdFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "passwd")
	data := "# comment\nroot:x:0:0:root:/root:/bin/bash\n+nis\nbroken:line\n" +
		"app:x:1000:1001:App,,,:/home/app:/usr/bin/zsh\nnologin:x:1002:1002::/:\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	p, ok := passwdFile(path, 1000)
	if !ok || p.username != "app" || p.gid != 1001 || p.homedir != "/home/app" || p.shell != "/usr/bin/zsh" {
		t.Errorf("uid 1000: %+v %v", p, ok)
	}
	if p, ok := passwdFile(path, 1002); !ok || p.shell != "" || p.homedir != "/" {
		t.Errorf("uid 1002: %+v %v", p, ok)
	}
	if _, ok := passwdFile(path, 4242); ok {
		t.Error("uid 4242 found")
	}
}

// The live tables agree with /proc: as many CPUs as /proc/stat lists.
func TestCPUsLive(t *testing.T) {
	list, err := cpus()
	if err != nil {
		t.Skip(err)
	}
	if len(list) == 0 {
		t.Fatal("no CPUs")
	}
	for i, c := range list {
		if c.model == "" || c.user+c.sys+c.idle == 0 {
			t.Errorf("cpu %d: %+v", i, c)
		}
	}
}
