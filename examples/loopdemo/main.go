// Command loopdemo drives package loop without JavaScript: a repeating timer,
// a job on the worker pool, an async wake-up from another goroutine and a
// check handle, printing the order in which the loop runs them.
package main

import (
	"fmt"
	"os"

	"github.com/gonode/gonode/loop"
)

func main() {
	l, err := loop.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	start := l.Now()
	ticks := 0
	heartbeat := loop.NewTimer(l)
	heartbeat.Start(func() {
		ticks++
		fmt.Printf("[+%d ms] heartbeat %d\n", l.Now()-start, ticks)
		if ticks == 3 {
			heartbeat.Close(func() { fmt.Println("heartbeat closed") })
		}
	}, 10, 10)

	sum := 0
	l.QueueWork(loop.WorkCPU, func() {
		for i := 1; i <= 1000; i++ { // runs on a pool worker
			sum += i
		}
	}, func(err error) { fmt.Printf("pool job done: sum=%d err=%v\n", sum, err) })

	var wake *loop.Async
	wake = loop.NewAsync(l, func() {
		fmt.Println("async: woken from another goroutine")
		wake.Close(nil)
	})
	go wake.Send()

	check := loop.NewCheck(l)
	check.Start(func() {
		fmt.Println("check: runs right after the first poll")
		check.Close(nil)
	})

	l.Run(loop.RunDefault)
	if err := l.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "close:", err)
		os.Exit(1)
	}
	fmt.Printf("loop finished; pool size %d\n", loop.PoolSize())
}
