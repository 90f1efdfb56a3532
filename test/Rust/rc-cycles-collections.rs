// ===- test/Rust/rc-cycles-collections.rs - cycles through std's maps ----===//
// ===  and rings                                                         ===//
//
// Rc and Arc cycles whose strong edges go through a HashMap's values (or a
// HashSet's elements), read from hashbrown's table as std lays it out
// (elements before the control bytes, full buckets only), or through a
// VecDeque whose ring has wrapped, or through a BTreeMap several levels
// deep (its nodes read up to their len: the slots past it are stale), or
// along a LinkedList's nodes (one popped: len nodes from head), at
// opt-level 0 and 3: the path names the
// container field's elements and the Fix names the Weak to use. The same
// graph with Weak back edges, and a large map that holds no cycle (resized
// many times, with deleted buckets), and stale copies left past a
// container's length (a removed map entry, a popped vec![..] element) are
// not reported. What a cycle's
// members own besides (their Strings' bytes, a Vec<u64>) is part of the
// leak; a container that only std's types hold (an Rc<RefCell<Vec<_>>>)
// is named by its type.
//
// See also: test/Rust/rc-cycles.rs, pass/RustTypes.cpp (the hash table
// layout), runtime/memscope_cycles.cpp (AddRustEdges).
// ===----------------------------------------------------------------------===

// REQUIRES: rustc
// RUN: memscope-rustc -C opt-level=0 %s -o %t
// RUN: not %t peers 2>&1 | FileCheck %s --check-prefix=PEERS
// RUN: not %t ring 2>&1 | FileCheck %s --check-prefix=RING
// RUN: not %t set 2>&1 | FileCheck %s --check-prefix=SET
// RUN: not %t deque 2>&1 | FileCheck %s --check-prefix=DEQUE
// RUN: not %t owned 2>&1 | FileCheck %s --check-prefix=OWNED
// RUN: not %t nested 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: not %t btree 2>&1 | FileCheck %s --check-prefix=BTREE
// RUN: not %t list 2>&1 | FileCheck %s --check-prefix=LIST
// RUN: %t list-weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t stale 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t vec-pop 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t big 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: memscope-rustc -C opt-level=3 %s -o %t
// RUN: not %t peers 2>&1 | FileCheck %s --check-prefix=PEERS
// RUN: not %t ring 2>&1 | FileCheck %s --check-prefix=RING
// RUN: not %t set 2>&1 | FileCheck %s --check-prefix=SET
// RUN: not %t deque 2>&1 | FileCheck %s --check-prefix=DEQUE
// RUN: not %t owned 2>&1 | FileCheck %s --check-prefix=OWNED
// RUN: not %t nested 2>&1 | FileCheck %s --check-prefix=NESTED
// RUN: not %t btree 2>&1 | FileCheck %s --check-prefix=BTREE
// RUN: not %t list 2>&1 | FileCheck %s --check-prefix=LIST
// RUN: %t list-weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t stale 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t vec-pop 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t big 2>&1 | FileCheck %s --check-prefix=CLEAN

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet, LinkedList, VecDeque};
use std::hash::{Hash, Hasher};
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};

struct Peer {
    id: u32,
    peers: HashMap<u32, Rc<RefCell<Peer>>>,
}

struct Station {
    name: String,
    next: HashMap<String, Arc<Mutex<Station>>>,
}

struct Member {
    id: u32,
    group: RefCell<Option<Rc<Group>>>,
}
impl PartialEq for Member {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for Member {}
impl Hash for Member {
    fn hash<H: Hasher>(&self, h: &mut H) {
        self.id.hash(h)
    }
}
struct Group {
    members: RefCell<HashSet<Rc<Member>>>,
}

struct Job {
    id: u32,
    queue: Rc<RefCell<Queue>>,
}
struct Queue {
    pending: VecDeque<Rc<Job>>,
}

struct Department {
    name: String,
    staff: RefCell<Vec<Rc<Employee>>>,
}
struct Employee {
    name: String,
    hours: Vec<u64>,
    dept: Rc<Department>,
}

struct TreeNode {
    value: i32,
    children: Rc<RefCell<Vec<Rc<TreeNode>>>>,
    parent: RefCell<Option<Rc<TreeNode>>>,
}

struct Registry {
    entries: RefCell<BTreeMap<u32, Rc<Entry>>>,
}
struct Entry {
    id: u32,
    registry: RefCell<Option<Rc<Registry>>>,
}

struct Listener {
    id: u32,
    owner: Weak<RefCell<Peer>>,
}

fn peers() -> u32 {
    let a = Rc::new(RefCell::new(Peer { id: 1, peers: HashMap::new() }));
    let b = Rc::new(RefCell::new(Peer { id: 2, peers: HashMap::new() }));
    a.borrow_mut().peers.insert(2, b.clone());
    b.borrow_mut().peers.insert(1, a.clone());
    let ids = a.borrow().id + b.borrow().id;
    ids
}
// PEERS: ERROR: memscope: cycle leak: 4 object(s)
// PEERS: Rc<RefCell<{{.*}}Peer>> ({{[0-9]+}} bytes) allocated by T0 at {{.*}}rc-cycles-collections.rs:[[@LINE-8]]
// PEERS: holds #{{[0-9]+}} through 'Peer::peers' (Owns)
// PEERS: HashMap<u32, Rc<RefCell<{{.*}}Peer>>> ({{[0-9]+}} bytes) allocated by T0 at {{.*}}rc-cycles-collections.rs:
// A map's element is its (key, value) pair: the Rc is named in it.
// PEERS: holds #{{[0-9]+}} through the Rc<RefCell<{{.*}}Peer>> in an element of 'Peer::peers' (RcClone)
// PEERS: Fix: make the Rc<RefCell<{{.*}}Peer>> in an element of 'Peer::peers' a std::rc::Weak<RefCell<{{.*}}Peer>> (Rc::downgrade)

fn ring() -> usize {
    let stations: Vec<Arc<Mutex<Station>>> = (0..3)
        .map(|i| Arc::new(Mutex::new(Station { name: format!("s{i}"), next: HashMap::new() })))
        .collect();
    for i in 0..3 {
        let next = stations[(i + 1) % 3].clone();
        let name = next.lock().unwrap().name.clone();
        stations[i].lock().unwrap().next.insert(name, next);
    }
    stations.len()
}
// RING: ERROR: memscope: cycle leak
// RING: holds #{{[0-9]+}} through the Arc<Mutex<{{.*}}Station>> in an element of 'Station::next' (ArcClone)
// RING: Fix: make the Arc<Mutex<{{.*}}Station>> in an element of 'Station::next' a std::sync::Weak<Mutex<{{.*}}Station>> (Arc::downgrade)

fn set() -> usize {
    let group = Rc::new(Group { members: RefCell::new(HashSet::new()) });
    for id in 0..4 {
        let m = Rc::new(Member { id, group: RefCell::new(Some(group.clone())) });
        group.members.borrow_mut().insert(m);
    }
    let n = group.members.borrow().len();
    n
}
// SET: ERROR: memscope: cycle leak
// SET: through an element of 'Group::members' (RcClone)
// SET: through 'Member::group' (RcClone)

fn deque() -> usize {
    let queue = Rc::new(RefCell::new(Queue { pending: VecDeque::with_capacity(4) }));
    // Push and pop so that head moves on and the live jobs wrap around.
    for id in 0..7 {
        let job = Rc::new(Job { id, queue: queue.clone() });
        queue.borrow_mut().pending.push_back(job);
        if queue.borrow().pending.len() > 3 {
            queue.borrow_mut().pending.pop_front();
        }
    }
    let n = queue.borrow().pending.iter().map(|j| j.id as usize).sum();
    n
}
// DEQUE: ERROR: memscope: cycle leak: 5 object(s)
// DEQUE: VecDeque<Rc<{{.*}}Job>> ({{[0-9]+}} bytes) allocated by T0
// DEQUE: through an element of 'Queue::pending' (RcClone)
// DEQUE: through 'Job::queue' (RcClone)
// DEQUE: Fix: make 'Job::queue' a std::rc::Weak<RefCell<{{.*}}Queue>> (Rc::downgrade)

struct Scheduler {
    tasks: RefCell<LinkedList<Rc<Task>>>,
}

struct Task {
    id: u32,
    owner: Rc<Scheduler>,
}

struct WatchList {
    watchers: RefCell<LinkedList<Rc<Watcher>>>,
}

struct Watcher {
    id: u32,
    owner: Weak<WatchList>,
}

fn list() -> usize {
    let s = Rc::new(Scheduler { tasks: RefCell::new(LinkedList::new()) });
    for id in 0..5 {
        let t = Rc::new(Task { id, owner: s.clone() });
        s.tasks.borrow_mut().push_back(t);
    }
    s.tasks.borrow_mut().pop_front();
    let n = s.tasks.borrow().iter().map(|t| t.id as usize + t.owner.tasks.borrow().len()).sum();
    n
}
// LIST: ERROR: memscope: cycle leak: 9 object(s)
// LIST: through 'Scheduler::tasks' (Owns)
// LIST: through an element of 'Scheduler::tasks' (RcClone)
// LIST: through 'Task::owner' (RcClone)
// LIST: Fix: make 'Task::owner' a std::rc::Weak<{{.*}}Scheduler> (Rc::downgrade)

// The same list with Weak back edges: nothing to report.
fn list_weak() -> usize {
    let w = Rc::new(WatchList { watchers: RefCell::new(LinkedList::new()) });
    for id in 0..5 {
        let watcher = Rc::new(Watcher { id, owner: Rc::downgrade(&w) });
        w.watchers.borrow_mut().push_back(watcher);
    }
    let n = w.watchers.borrow().iter().map(|l| l.id as usize + l.owner.upgrade().map_or(0, |_| 1)).sum();
    n
}

fn owned() -> usize {
    let d = Rc::new(Department { name: "R&D".to_string(), staff: RefCell::new(Vec::new()) });
    for name in ["ann", "bob"] {
        let e = Rc::new(Employee { name: name.to_string(), hours: vec![8; 5], dept: d.clone() });
        d.staff.borrow_mut().push(e);
    }
    let n = d.staff.borrow().iter().map(|e| e.name.len() + e.dept.name.len()).sum();
    n
}
// OWNED: ERROR: memscope: cycle leak: 4 object(s)
// OWNED: Fix: make 'Employee::dept' a std::rc::Weak<{{.*}}Department> (Rc::downgrade)
// The department's and employees' names (3 + 3 + 3 bytes), the hours (2 x 40).
// OWNED: The cycle also keeps alive 5 more object(s) (89 bytes)
// OWNED: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 9 allocation(s) in 1 shared-pointer cycle(s)

fn nested() -> i32 {
    let root = Rc::new(TreeNode { value: 1, children: Rc::new(RefCell::new(Vec::new())), parent: RefCell::new(None) });
    let child = Rc::new(TreeNode { value: 2, children: Rc::new(RefCell::new(Vec::new())), parent: RefCell::new(Some(root.clone())) });
    root.children.borrow_mut().push(child);
    let sum = root.value + root.children.borrow().iter().map(|c| c.value).sum::<i32>();
    sum
}
// NESTED: ERROR: memscope: cycle leak
// NESTED-DAG: holds #{{[0-9]+}} through the Vec<Rc<{{.*}}TreeNode>> (Owns)
// NESTED-DAG: holds #{{[0-9]+}} through an element of the Vec<Rc<{{.*}}TreeNode>> (RcClone)
// NESTED-DAG: holds #{{[0-9]+}} through 'TreeNode::children' (RcClone)
// NESTED: Fix: make 'TreeNode::parent' a std::rc::Weak<{{.*}}TreeNode> (Rc::downgrade)

fn registry(n: u32) -> Rc<Registry> {
    let r = Rc::new(Registry { entries: RefCell::new(BTreeMap::new()) });
    for id in 0..n {
        r.entries.borrow_mut().insert(id, Rc::new(Entry { id, registry: RefCell::new(None) }));
    }
    r
}

fn btree() -> usize {
    // 500 entries: a root over internal nodes over leaves. One entry deep
    // inside holds the registry strongly.
    let r = registry(500);
    let deep = r.entries.borrow()[&377].clone();
    *deep.registry.borrow_mut() = Some(r.clone());
    let n = r.entries.borrow().len() + deep.id as usize;
    n
}
// BTREE: ERROR: memscope: cycle leak
// BTREE: Rc<{{.*}}Registry> ({{[0-9]+}} bytes)
// BTREE-NEXT: holds #{{[0-9]+}} through 'Registry::entries' (Owns)
// BTREE: holds #{{[0-9]+}} through an element of 'Registry::entries' (RcClone)
// BTREE: holds #{{[0-9]+}} through 'Entry::registry' (RcClone)
// BTREE: Fix: make 'Entry::registry' a std::rc::Weak<{{.*}}Registry> (Rc::downgrade)

static mut KEPT: Option<Rc<Entry>> = None;
static mut POPPED: Option<Rc<Member2>> = None;

struct Owner2 {
    items: RefCell<Vec<Rc<Member2>>>,
}
struct Member2 {
    owner: Rc<Owner2>,
}

fn vec_pop() -> usize {
    // vec![..] boxes an array for its buffer; after pop and clear its slots
    // hold stale copies, which must not count: the popped member, owned by
    // a global, holds the owner, and nothing leaks.
    let o = Rc::new(Owner2 { items: RefCell::new(Vec::new()) });
    let a = Rc::new(Member2 { owner: o.clone() });
    let b = Rc::new(Member2 { owner: o.clone() });
    *o.items.borrow_mut() = vec![a, b];
    let b = o.items.borrow_mut().pop().unwrap();
    o.items.borrow_mut().clear();
    let n = Rc::strong_count(&b.owner);
    unsafe { std::hint::black_box(std::ptr::addr_of_mut!(POPPED)).write(Some(b)) };
    n
}

fn stale() -> usize {
    // The last entry, taken out of the map, holds the registry, and only a
    // global holds the entry until exit: its copy past the leaf's len, were
    // it read, would make the two look like a cycle nothing else owns.
    let r = registry(20);
    let e = r.entries.borrow_mut().remove(&19).unwrap();
    *e.registry.borrow_mut() = Some(r.clone());
    let id = e.id as usize;
    unsafe { std::hint::black_box(std::ptr::addr_of_mut!(KEPT)).write(Some(e)) };
    id
}


fn weak() -> u32 {
    let a = Rc::new(RefCell::new(Peer { id: 1, peers: HashMap::new() }));
    let b = Rc::new(RefCell::new(Peer { id: 2, peers: HashMap::new() }));
    a.borrow_mut().peers.insert(2, b.clone());
    let l = Listener { id: 9, owner: Rc::downgrade(&b) };
    let mut listeners: HashMap<u32, Listener> = HashMap::new();
    listeners.insert(l.id, l);
    let alive = listeners.values().filter(|l| l.owner.upgrade().is_some()).count() as u32;
    let total = alive + a.borrow().id;
    total
}

fn big() -> usize {
    let mut map: HashMap<u64, Rc<RefCell<Peer>>> = HashMap::new();
    for i in 0..5000u64 {
        map.insert(i, Rc::new(RefCell::new(Peer { id: i as u32, peers: HashMap::new() })));
        if i % 3 == 0 {
            map.remove(&(i / 2));
        }
    }
    map.len()
}
// CLEAN-NOT: ERROR: memscope
// CLEAN: done

fn main() {
    let what = std::env::args().nth(1).unwrap_or_default();
    let n = match what.as_str() {
        "peers" => peers() as usize,
        "ring" => ring(),
        "set" => set(),
        "deque" => deque(),
        "owned" => owned(),
        "nested" => nested() as usize,
        "btree" => btree(),
        "list" => list(),
        "list-weak" => list_weak(),
        "stale" => stale(),
        "vec-pop" => vec_pop(),
        "weak" => weak() as usize,
        "big" => big(),
        _ => 0,
    };
    eprintln!("done {n}");
}
