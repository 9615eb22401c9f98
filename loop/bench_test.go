package loop

import (
	"testing"
)

// BenchmarkEmptyIteration measures one loop iteration with nothing to do but
// an idle callback (poll timeout 0).
func BenchmarkEmptyIteration(b *testing.B) {
	l := newLoop(b)
	idle := NewIdle(l)
	n := 0
	idle.Start(func() {
		n++
		if n >= b.N {
			idle.Stop()
		}
	})
	b.ReportAllocs()
	b.ResetTimer()
	l.Run(RunDefault)
	b.StopTimer()
	closeAll(l, idle)
}

// BenchmarkTimerStartFire starts and fires timers in batches of 1M (b.N total).
func BenchmarkTimerStartFire(b *testing.B) {
	l := newLoop(b)
	const batch = 1 << 20
	timers := make([]*Timer, batch)
	for i := range timers {
		timers[i] = NewTimer(l)
	}
	fired := 0
	cb := func() { fired++ }
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; {
		n := min(batch, b.N-done)
		for i := 0; i < n; i++ {
			timers[i].Start(cb, uint64(i&7), 0)
		}
		l.Run(RunDefault)
		done += n
	}
	b.StopTimer()
	if fired != b.N {
		b.Fatalf("fired %d of %d", fired, b.N)
	}
	for _, t := range timers {
		t.Close(nil)
	}
	l.Run(RunDefault)
}

// BenchmarkAsyncLatency is a ping-pong: a goroutine Sends, the loop's callback
// answers on a channel; one op is one Send → callback → reply.
func BenchmarkAsyncLatency(b *testing.B) {
	l := newLoop(b)
	reply := make(chan struct{}, 1)
	n := 0
	var a *Async
	a = NewAsync(l, func() {
		n++
		reply <- struct{}{}
		if n == b.N {
			a.Close(nil)
		}
	})
	b.ReportAllocs()
	b.ResetTimer()
	go func() {
		for i := 0; i < b.N; i++ {
			a.Send()
			<-reply
		}
	}()
	l.Run(RunDefault)
}

// BenchmarkPoolRoundTrip is one empty job through the pool and back to the loop, one at a time.
func BenchmarkPoolRoundTrip(b *testing.B) {
	l := newLoop(b)
	n := 0
	work := func() {}
	var done func(error)
	done = func(error) {
		n++
		if n < b.N {
			l.QueueWork(WorkCPU, work, done)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	l.QueueWork(WorkCPU, work, done)
	l.Run(RunDefault)
}
