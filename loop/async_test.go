package loop

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestAsyncSendCoalescesAndLosesNothing(t *testing.T) {
	const senders, perSender = 100, 1000
	l := newLoop(t)
	var sent atomic.Int64
	calls := 0
	var a *Async
	a = NewAsync(l, func() {
		calls++
		if sent.Load() == senders*perSender {
			a.Close(nil)
		}
	})
	var wg sync.WaitGroup
	for g := 0; g < senders; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < perSender; i++ {
				sent.Add(1)
				a.Send()
			}
		}()
	}
	// The ref'd async keeps the loop running until the callback has seen every
	// increment: a lost wake-up would hang here (go test's timeout catches it).
	l.Run(RunDefault)
	wg.Wait()
	if calls == 0 || calls > senders*perSender {
		t.Fatalf("callback ran %d times", calls)
	}
	t.Logf("%d sends coalesced into %d callbacks", senders*perSender, calls)
}

func TestAsyncUnrefAndClose(t *testing.T) {
	l := newLoop(t)
	a := NewAsync(l, func() { t.Error("callback of a closed async ran") })
	if !a.IsActive() || !l.Alive() {
		t.Fatal("async should be active from creation")
	}
	a.Unref()
	if l.Alive() {
		t.Fatal("unref'd async keeps loop alive")
	}
	a.Close(nil)
	a.Send() // ignored after close
	l.Run(RunDefault)
}

func TestAsyncSendFromCallbackRunsAgain(t *testing.T) {
	l := newLoop(t)
	n := 0
	var a *Async
	a = NewAsync(l, func() {
		n++
		if n < 3 {
			a.Send()
		} else {
			a.Close(nil)
		}
	})
	a.Send()
	l.Run(RunDefault)
	if n != 3 {
		t.Fatalf("ran %d times", n)
	}
}
