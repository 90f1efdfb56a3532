// ===- test/Rust/rc-cycles.rs - Rc and Arc cycles, named like C++'s -------===//
//
// Objects kept alive only by a cycle of Rc or Arc are reported at exit as a
// cycle leak, with the path through the fields that hold them ('Node::next',
// an element of 'Parent::children', 'Holder::inner' and the Box's pointee,
// an enum variant's field) and the field to make a Weak, at opt-level 0 and
// 3: two nodes, a ring, a parent whose children hold it strongly through a
// RefCell<Vec<Rc<_>>>, Arc<Mutex<..>> peers, a cycle through a Box, an enum
// list. A Weak back edge, cycles broken before exit, a cycle still held by a
// global or a local at exit, and Rcs held in a HashMap are not reported.
// argv[1] picks the shape.
//
// See also: pass/RustTypes.cpp, runtime/memscope_cycles.cpp (AddRustEdges).
// ===----------------------------------------------------------------------===

// REQUIRES: rustc
// RUN: memscope-rustc -g -C opt-level=0 %s -o %t
// RUN: not %t two 2>&1 | FileCheck %s --check-prefix=TWO
// RUN: not %t ring 2>&1 | FileCheck %s --check-prefix=RING
// RUN: not %t family 2>&1 | FileCheck %s --check-prefix=FAMILY
// RUN: not %t workers 2>&1 | FileCheck %s --check-prefix=WORKERS
// RUN: not %t boxed 2>&1 | FileCheck %s --check-prefix=BOXED
// RUN: not %t list 2>&1 | FileCheck %s --check-prefix=LIST
// RUN: %t family-weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t held 2>&1 | FileCheck %s --check-prefix=CLEAN
// A recorded trace carries the edges found at exit: `memscope graph`.
// RUN: rm -f %t.trace && env MEMSCOPE_OPTIONS=trace_path=%t.trace not %t family 2>/dev/null
// RUN: memscope graph --format dot %t.trace | FileCheck %s --check-prefix=GRAPH
// RUN: memscope-rustc -g -C opt-level=3 %s -o %t
// RUN: not %t two 2>&1 | FileCheck %s --check-prefix=TWO
// RUN: not %t ring 2>&1 | FileCheck %s --check-prefix=RING
// RUN: not %t family 2>&1 | FileCheck %s --check-prefix=FAMILY
// RUN: not %t workers 2>&1 | FileCheck %s --check-prefix=WORKERS
// RUN: not %t boxed 2>&1 | FileCheck %s --check-prefix=BOXED
// RUN: not %t list 2>&1 | FileCheck %s --check-prefix=LIST
// RUN: %t family-weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t held 2>&1 | FileCheck %s --check-prefix=CLEAN

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};

struct Node {
    id: u32,
    next: RefCell<Option<Rc<Node>>>,
}
struct Parent {
    name: String,
    children: RefCell<Vec<Rc<Child>>>,
}
struct Child {
    parent: RefCell<Option<Rc<Parent>>>,
    weak_parent: RefCell<Weak<Parent>>,
}
struct Worker {
    peer: Mutex<Option<Arc<Worker>>>,
}
struct Holder {
    inner: Box<Inner>,
}
struct Inner {
    back: RefCell<Option<Rc<Holder>>>,
}
enum List {
    Cons(u32, RefCell<Rc<List>>),
    Nil,
}

static HELD: Mutex<Option<Arc<Worker>>> = Mutex::new(None);

fn node(id: u32) -> Rc<Node> {
    Rc::new(Node { id, next: RefCell::new(None) }) // NODE
}

#[inline(never)]
fn two() {
    let a = node(1);
    let b = node(2);
    *a.next.borrow_mut() = Some(b.clone());
    *b.next.borrow_mut() = Some(a.clone());
}

#[inline(never)]
fn ring() {
    let nodes: Vec<Rc<Node>> = (0..4).map(node).collect();
    for i in 0..4 {
        *nodes[i].next.borrow_mut() = Some(nodes[(i + 1) % 4].clone());
    }
}

#[inline(never)]
fn family(strong_back: bool) {
    let p = Rc::new(Parent { name: "root".into(), children: RefCell::new(Vec::new()) }); // PARENT
    for _ in 0..3 {
        let c = Rc::new(Child { parent: RefCell::new(None), weak_parent: RefCell::new(Weak::new()) });
        if strong_back {
            *c.parent.borrow_mut() = Some(p.clone());
        } else {
            *c.weak_parent.borrow_mut() = Rc::downgrade(&p);
        }
        p.children.borrow_mut().push(c);
    }
    assert_eq!(p.name.len(), 4);
}

#[inline(never)]
fn workers() -> (Arc<Worker>, Arc<Worker>) {
    let a = Arc::new(Worker { peer: Mutex::new(None) });
    let b = Arc::new(Worker { peer: Mutex::new(Some(a.clone())) });
    *a.peer.lock().unwrap() = Some(b.clone());
    (a, b)
}

#[inline(never)]
fn boxed() {
    let h = Rc::new(Holder { inner: Box::new(Inner { back: RefCell::new(None) }) });
    *h.inner.back.borrow_mut() = Some(h.clone());
}

#[inline(never)]
fn list() {
    let a = Rc::new(List::Cons(1, RefCell::new(Rc::new(List::Nil))));
    let b = Rc::new(List::Cons(2, RefCell::new(a.clone())));
    if let List::Cons(_, link) = &*a {
        *link.borrow_mut() = b.clone();
    }
}

#[inline(never)]
fn clean() -> usize {
    // Shared, not cyclic: a DAG, Rcs in a HashMap, a cycle broken in time.
    let shared = node(7);
    let mut map: HashMap<u32, Rc<Node>> = HashMap::new();
    for i in 0..10 {
        map.insert(i, shared.clone());
    }
    let chain = node(1);
    *chain.next.borrow_mut() = Some(node(2));
    let a = node(3);
    *a.next.borrow_mut() = Some(a.clone());
    a.next.borrow_mut().take();
    map.len() + chain.id as usize
}

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    match which.as_str() {
        "two" => two(),
        "ring" => ring(),
        "family" => family(true),
        "family-weak" => family(false),
        "workers" => drop(workers()),
        "boxed" => boxed(),
        "list" => list(),
        "held" => {
            // A cycle a global and a local still hold at exit is alive.
            let (a, _b) = workers();
            *HELD.lock().unwrap() = Some(a);
            let local = node(5);
            *local.next.borrow_mut() = Some(local.clone());
            eprintln!("done {}", local.id);
            std::process::exit(0);
        }
        _ => eprintln!("clean {}", clean()),
    }
    eprintln!("done {}", which);
}

// TWO: ERROR: memscope: cycle leak: 2 object(s) ({{[0-9]+}} bytes) kept alive only by a cycle of shared pointers
// TWO-NEXT: #[[A:[0-9]+]] Rc<rc_cycles::Node> ({{[0-9]+}} bytes) allocated by T0 at {{.*}}rc-cycles.rs:[[#@LINE-98]]:{{[0-9]+}} in rc_cycles::node
// TWO-NEXT: holds #[[B:[0-9]+]] through 'Node::next' (RcClone)
// TWO-NEXT: #[[B]] Rc<rc_cycles::Node> ({{[0-9]+}} bytes) allocated by T0 at {{.*}}rc-cycles.rs:[[#@LINE-100]]:{{[0-9]+}} in rc_cycles::node
// TWO-NEXT: holds #[[A]] through 'Node::next' (RcClone)  <- should be a Weak
// TWO-NEXT: Fix: make 'Node::next' a std::rc::Weak<rc_cycles::Node> (Rc::downgrade): it points from #[[B]] back to #[[A]], which was allocated before it.
// TWO: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 2 allocation(s) in 1 shared-pointer cycle(s).

// RING: ERROR: memscope: cycle leak: 4 object(s)
// RING-COUNT-4: through 'Node::next' (RcClone)

// FAMILY: ERROR: memscope: cycle leak: 5 object(s)
// FAMILY-NEXT: #[[P:[0-9]+]] Rc<rc_cycles::Parent> ({{[0-9]+}} bytes) allocated by T0 at {{.*}}rc-cycles.rs:[[#@LINE-88]]:{{[0-9]+}} in rc_cycles::family
// FAMILY-NEXT: holds #[[V:[0-9]+]] through 'Parent::children' (Owns)
// FAMILY-NEXT: #[[V]] Vec<Rc<rc_cycles::Child>> ({{[0-9]+}} bytes)
// FAMILY-NEXT: holds #[[C:[0-9]+]] through an element of 'Parent::children' (RcClone)
// FAMILY-NEXT: #[[C]] Rc<rc_cycles::Child>
// FAMILY-NEXT: holds #[[P]] through 'Child::parent' (RcClone)  <- should be a Weak
// FAMILY-NEXT: Fix: make 'Child::parent' a std::rc::Weak<rc_cycles::Parent> (Rc::downgrade)

// WORKERS: ERROR: memscope: cycle leak: 2 object(s)
// WORKERS: Fix: make 'Worker::peer' a std::sync::Weak<rc_cycles::Worker> (Arc::downgrade)

// BOXED: ERROR: memscope: cycle leak: 2 object(s)
// BOXED-DAG: rc_cycles::Inner ({{[0-9]+}} bytes) allocated by T0
// BOXED-DAG: Rc<rc_cycles::Holder> ({{[0-9]+}} bytes) allocated by T0
// BOXED-DAG: through 'Holder::inner' (Owns)
// BOXED-DAG: through 'Inner::back' (RcClone)  <- should be a Weak
// BOXED: Fix: make 'Inner::back' a std::rc::Weak<rc_cycles::Holder> (Rc::downgrade)

// LIST: ERROR: memscope: cycle leak: 2 object(s)
// LIST: Fix: make 'List::Cons::1' a std::rc::Weak<rc_cycles::List> (Rc::downgrade)

// GRAPH-DAG: p[[P:[0-9]+]] [label="#{{[0-9]+}} Rc<rc_cycles::Parent>
// GRAPH-DAG: p[[V:[0-9]+]] [label="#{{[0-9]+}} Vec<Rc<rc_cycles::Child>>
// GRAPH-DAG: p[[P]] -> p[[V]] [label="Parent::children\nOwns x1"
// GRAPH-DAG: p[[V]] -> p{{[0-9]+}} [label="Parent::children\nRcClone x1"
// GRAPH-DAG: -> p[[P]] [label="Child::parent\nRcClone x1"

// CLEAN: done
// CLEAN-NOT: ERROR
