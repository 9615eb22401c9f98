'use strict';

// internal/fixed_queue — a first-in first-out queue with O(1) push and shift
// (Array.prototype.shift moves every remaining item, which is linear in goja). Node keeps its
// queue for events.on() in a module of this name; here MessagePort and BroadcastChannel
// queue their messages in it too.

class FixedQueue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  peek() {
    return this.items[this.head];
  }

  shift() {
    const items = this.items;
    const item = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= items.length) {
      // Drop the consumed half now and then.
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear() {
    this.items = [];
    this.head = 0;
  }
}

module.exports = { FixedQueue };
