package loop

// node is an intrusive doubly-linked list node; val points back at its owner.
type node[T any] struct {
	prev, next *node[T]
	val        T
}

// linked reports whether n is in some list.
func (n *node[T]) linked() bool { return n.next != nil }

// unlink removes n from whatever list holds it; a no-op when it is in none.
func (n *node[T]) unlink() {
	if n.next == nil {
		return
	}
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
}

// list is a circular list with a sentinel root; the zero value must be init'ed.
type list[T any] struct {
	root node[T]
}

func (l *list[T]) init() {
	l.root.next = &l.root
	l.root.prev = &l.root
}

func (l *list[T]) empty() bool { return l.root.next == &l.root }

// front returns the first node, or nil when the list is empty.
func (l *list[T]) front() *node[T] {
	if l.root.next == &l.root {
		return nil
	}
	return l.root.next
}

func (l *list[T]) insertAfter(at, n *node[T]) {
	n.prev = at
	n.next = at.next
	at.next.prev = n
	at.next = n
}

// pushFront inserts n at the head (libuv's insert_head).
func (l *list[T]) pushFront(n *node[T]) { l.insertAfter(&l.root, n) }

// pushBack inserts n at the tail.
func (l *list[T]) pushBack(n *node[T]) { l.insertAfter(l.root.prev, n) }

// moveTo moves every node of l into dst (which must be empty) and leaves l empty:
// the "swap, then iterate" step of every phase.
func (l *list[T]) moveTo(dst *list[T]) {
	dst.init()
	if l.empty() {
		return
	}
	first, last := l.root.next, l.root.prev
	dst.root.next, dst.root.prev = first, last
	first.prev, last.next = &dst.root, &dst.root
	l.init()
}
