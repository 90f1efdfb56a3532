// ===- test/Rust/rc-cycles-more.rs - cycles through trait objects, ----===//
// ===  Rc::new_cyclic and vec! buffers                                  ===//
//
// More shapes of Rc/Arc cycles, at opt-level 0 and 3: two Rc<RefCell<dyn
// Trait>> pointing at each other (the allocation is typed by its concrete
// type), an object holding a boxed closure that captured an Rc of it, an object holding itself strongly after Rc::new_cyclic (which
// allocates through the Allocator trait), and Arc hubs whose Vec<Arc<_>>
// buffers came from vec![..] (a boxed array) or from pushes, a node whose
// children are a Box<[Rc<_>]> slice, and Arc<[Arc<_>]> slices made by
// Arc::from(vec) (their elements after the counts, as many as the fat
// pointer says): the path names the Vec's (or the slice's) elements and the
// Fix names the Weak to use; the same slices of Weak are not reported.
// Objects Rc::make_mut copied (allocated by Rc's allocate_for_layout, not
// a Box constructor) are typed too: a cycle between two copies is found.
// A future that keeps the Waker (made by Waker::from(Arc<Task>)) of the
// task that owns it is a cycle through the Waker's strong count; taken out
// of the future once used, nothing is reported. A queue owning a Vec of
// items that hold Rcs of work which points back at the queue: the Fix names
// the work's back pointer, not the items' (the Vec's buffer, reallocated
// as it grows, is newer than the work, but that says nothing of who owns
// whom). What a cycle's members own is counted to the last byte, through
// fields that lead to no Rc: the Strings of a Vec<String>, the String in a
// Box<Meta>.
//
// See also: test/Rust/rc-cycles.rs, pass/RustTypes.cpp.
// ===----------------------------------------------------------------------===

// REQUIRES: rustc
// RUN: memscope-rustc -C opt-level=0 %s -o %t
// RUN: not %t dyn 2>&1 | FileCheck %s --check-prefix=DYN
// RUN: not %t cyclic 2>&1 | FileCheck %s --check-prefix=CYCLIC
// RUN: not %t hub 2>&1 | FileCheck %s --check-prefix=HUB
// RUN: not %t callback 2>&1 | FileCheck %s --check-prefix=CALLBACK
// RUN: not %t variant-strong 2>&1 | FileCheck %s --check-prefix=VARIANT
// RUN: %t variant-weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t slice 2>&1 | FileCheck %s --check-prefix=SLICE
// RUN: not %t arc-slice 2>&1 | FileCheck %s --check-prefix=ARCSLICE
// RUN: %t arc-slice-weak 2>&1 | FileCheck %s --check-prefix=WEAKSLICE
// RUN: not %t make-mut 2>&1 | FileCheck %s --check-prefix=MAKEMUT
// RUN: not %t waker 2>&1 | FileCheck %s --check-prefix=WAKER
// RUN: %t waker-taken 2>&1 | FileCheck %s --check-prefix=WAKERCLEAN
// RUN: not %t queue 2>&1 | FileCheck %s --check-prefix=QUEUE
// RUN: not %t owned 2>&1 | FileCheck %s --check-prefix=OWNED
// RUN: memscope-rustc -C opt-level=3 %s -o %t
// RUN: not %t dyn 2>&1 | FileCheck %s --check-prefix=DYN
// RUN: not %t cyclic 2>&1 | FileCheck %s --check-prefix=CYCLIC
// RUN: not %t hub 2>&1 | FileCheck %s --check-prefix=HUB
// RUN: not %t callback 2>&1 | FileCheck %s --check-prefix=CALLBACK
// RUN: not %t variant-strong 2>&1 | FileCheck %s --check-prefix=VARIANT
// RUN: %t variant-weak 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t slice 2>&1 | FileCheck %s --check-prefix=SLICE
// RUN: not %t arc-slice 2>&1 | FileCheck %s --check-prefix=ARCSLICE
// RUN: %t arc-slice-weak 2>&1 | FileCheck %s --check-prefix=WEAKSLICE
// RUN: not %t make-mut 2>&1 | FileCheck %s --check-prefix=MAKEMUT
// RUN: not %t waker 2>&1 | FileCheck %s --check-prefix=WAKER
// RUN: %t waker-taken 2>&1 | FileCheck %s --check-prefix=WAKERCLEAN
// RUN: not %t queue 2>&1 | FileCheck %s --check-prefix=QUEUE
// RUN: not %t owned 2>&1 | FileCheck %s --check-prefix=OWNED

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::{Arc, Mutex};

trait Shape {
    fn area(&self) -> u32;
}
struct Square {
    side: u32,
    other: RefCell<Option<Rc<RefCell<dyn Shape>>>>,
}
impl Shape for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}
struct SelfHeld {
    me: Weak<SelfHeld>,
    strong_self: RefCell<Option<Rc<SelfHeld>>>,
}
struct Hub {
    spokes: Mutex<Vec<Arc<Hub>>>,
}
// A link that is strong or weak by its variant: only the variant there is
// read (a Weak is never taken for the Rc at the same offset).
enum Link {
    Strong(Rc<Linked>),
    Back(Weak<Linked>),
}
struct Linked {
    link: RefCell<Option<Link>>,
    child: RefCell<Option<Rc<Linked>>>,
}
static mut ROOT: Option<Rc<Linked>> = None;

fn linked(strong: bool) -> usize {
    let parent = Rc::new(Linked { link: RefCell::new(None), child: RefCell::new(None) });
    let back = if strong { Link::Strong(parent.clone()) } else { Link::Back(Rc::downgrade(&parent)) };
    let child = Rc::new(Linked { link: RefCell::new(Some(back)), child: RefCell::new(None) });
    *parent.child.borrow_mut() = Some(child);
    let n = Rc::strong_count(&parent);
    // A weakly linked parent lives on in a global, and nothing leaks (the
    // child's Weak, read as the Rc beside it, would have made a false
    // cycle); a strongly linked one is dropped, and the two leak.
    if !strong {
        unsafe { std::hint::black_box(std::ptr::addr_of_mut!(ROOT)).write(Some(parent)) };
    }
    n
}

// A callback that captured the object it is registered on: the object
// holds the boxed closure, the closure an Rc of the object.
struct Button {
    label: String,
    on_click: RefCell<Option<Box<dyn Fn() -> usize>>>,
}

struct Branch {
    id: u32,
    kids: RefCell<Box<[Rc<Branch>]>>,
}

fn slice() -> u32 {
    let root = Rc::new(Branch { id: 1, kids: RefCell::new(Box::new([])) });
    let leaf = Rc::new(Branch { id: 2, kids: RefCell::new(Box::new([])) });
    *root.kids.borrow_mut() = vec![leaf.clone()].into_boxed_slice();
    *leaf.kids.borrow_mut() = vec![root.clone(), leaf.clone()].into_boxed_slice();
    let sum = leaf.kids.borrow().iter().map(|k| k.id).sum::<u32>();
    root.id + sum
}
// SLICE: ERROR: memscope: cycle leak: 4 object(s)
// SLICE: through 'Branch::kids' (Owns)
// SLICE: through an element of 'Branch::kids' (RcClone)
// SLICE: Fix: make an element of 'Branch::kids' a std::rc::Weak<{{.*}}Branch> (Rc::downgrade)

struct Router {
    name: Arc<str>,
    routes: Mutex<Arc<[Arc<Router>]>>,
    backups: Mutex<Arc<[std::sync::Weak<Router>]>>,
}

fn router(name: &str) -> Arc<Router> {
    Arc::new(Router {
        name: Arc::from(name),
        routes: Mutex::new(Arc::from(Vec::new())),
        backups: Mutex::new(Arc::from(Vec::new())),
    })
}

fn arc_slice(strong: bool) -> usize {
    let a = router("a");
    let b = router("b");
    let c = router("c");
    if strong {
        *a.routes.lock().unwrap() = Arc::from(vec![b.clone(), c.clone()]);
        *c.routes.lock().unwrap() = Arc::from(vec![a.clone()]);
    } else {
        *a.backups.lock().unwrap() = Arc::from(vec![Arc::downgrade(&b), Arc::downgrade(&c)]);
        *c.backups.lock().unwrap() = Arc::from(vec![Arc::downgrade(&a)]);
    }
    let n = a.name.len() + a.routes.lock().unwrap().len() + a.backups.lock().unwrap().len();
    n
}
// ARCSLICE: ERROR: memscope: cycle leak: 4 object(s)
// ARCSLICE: through 'Router::routes' (ArcClone)
// ARCSLICE: through an element of 'Router::routes' (ArcClone)
// ARCSLICE: Fix: make an element of 'Router::routes' a std::sync::Weak<{{.*}}Router> (Arc::downgrade)
// WEAKSLICE: routes 3
// WEAKSLICE-NOT: ERROR

#[derive(Clone)]
struct Draft {
    version: u32,
    next: RefCell<Option<Rc<Draft>>>,
}

fn make_mut() -> u32 {
    let original = Rc::new(Draft { version: 1, next: RefCell::new(None) });
    let mut first = original.clone();
    Rc::make_mut(&mut first).version = 2; // a copy: original is shared
    let mut second = original.clone();
    Rc::make_mut(&mut second).version = 3;
    *first.next.borrow_mut() = Some(second.clone());
    *second.next.borrow_mut() = Some(first.clone());
    first.version + second.version
}
// MAKEMUT: ERROR: memscope: cycle leak: 2 object(s)
// MAKEMUT: Rc<{{.*}}Draft> ({{[0-9]+}} bytes) allocated by T0 at {{.*}}rc-cycles-more.rs
// MAKEMUT: through 'Draft::next' (RcClone)
// MAKEMUT: Fix: make 'Draft::next' a std::rc::Weak<{{.*}}Draft> (Rc::downgrade)

struct Job {
    future: Mutex<Option<std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>>>,
}

impl std::task::Wake for Job {
    fn wake(self: Arc<Self>) {}
}

struct Parked {
    waker: Option<std::task::Waker>,
}

impl std::future::Future for Parked {
    type Output = ();
    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        self.waker = Some(cx.waker().clone());
        std::task::Poll::Pending
    }
}

fn waker(take: bool) -> bool {
    let job = Arc::new(Job { future: Mutex::new(Some(Box::pin(Parked { waker: None }))) });
    let waker = std::task::Waker::from(job.clone());
    let mut cx = std::task::Context::from_waker(&waker);
    let pending = job.future.lock().unwrap().as_mut().unwrap().as_mut().poll(&mut cx).is_pending();
    if take {
        // Done with it: the future (and its Waker) goes.
        job.future.lock().unwrap().take();
    }
    pending
}
// WAKER: ERROR: memscope: cycle leak: 2 object(s)
// WAKER: through 'Parked::waker' (ArcClone)  <- a Waker kept past its use
// WAKER: through 'Job::future' (Owns)
// WAKER: Fix: drop (or take()) 'Parked::waker' once it has been woken or the task is done
// WAKERCLEAN: pending true
// WAKERCLEAN-NOT: ERROR

struct Work { queue: Rc<JobQueue> }
struct QueueItem { prio: u32, job: Rc<Work> }
struct JobQueue { items: RefCell<Vec<QueueItem>> }

#[inline(never)]
fn queue() -> u32 {
    let q = Rc::new(JobQueue { items: RefCell::new(Vec::new()) });
    for prio in 0..3 {
        let job = Rc::new(Work { queue: q.clone() });
        q.items.borrow_mut().push(QueueItem { prio, job });
    }
    let total = q.items.borrow().iter().map(|i| i.prio + Rc::strong_count(&i.job.queue) as u32).sum();
    total
}
// QUEUE: ERROR: memscope: cycle leak:
// QUEUE: holds #{{[0-9]+}} through 'JobQueue::items' (Owns)
// QUEUE: holds #{{[0-9]+}} through 'QueueItem::job' (RcClone)
// QUEUE-NEXT: Rc<rc_cycles_more::Work>
// QUEUE-NEXT: holds #{{[0-9]+}} through 'Work::queue' (RcClone)  <- should be a Weak
// QUEUE: Fix: make 'Work::queue' a std::rc::Weak<rc_cycles_more::JobQueue> (Rc::downgrade)

struct Meta { note: String }
struct Tagged { names: Vec<String>, meta: Box<Meta>, other: RefCell<Option<Rc<Tagged>>> }

#[inline(never)]
fn owned() -> usize {
    let a = Rc::new(Tagged {
        names: vec!["alpha".to_string(), "beta".to_string(), "gamma".to_string()],
        meta: Box::new(Meta { note: "a-note".to_string() }),
        other: RefCell::new(None),
    });
    let b = Rc::new(Tagged { names: Vec::new(), meta: Box::new(Meta { note: String::new() }),
                             other: RefCell::new(Some(a.clone())) });
    *a.other.borrow_mut() = Some(b.clone());
    a.names.len() + a.meta.note.len() + b.names.len()
}
// Two RcInner<Tagged> of 64 bytes; kept alive: the 72-byte buffer of three
// Strings, their 5 + 4 + 5 bytes, two 24-byte Box<Meta>, a-note's 6 bytes.
// OWNED: ERROR: memscope: cycle leak: 2 object(s) (128 bytes)
// OWNED: The cycle also keeps alive 7 more object(s) (140 bytes)
// OWNED: SUMMARY: memscope: 268 byte(s) leaked in 9 allocation(s) in 1 shared-pointer cycle(s).

fn main() {
    match std::env::args().nth(1).unwrap_or_default().as_str() {
        "owned" => eprintln!("owned {}", owned()),
        "queue" => eprintln!("total {}", queue()),
        "waker" => eprintln!("pending {}", waker(false)),
        "waker-taken" => eprintln!("pending {}", waker(true)),
        "make-mut" => eprintln!("versions {}", make_mut()),
        "slice" => eprintln!("ids {}", slice()),
        "arc-slice" => eprintln!("routes {}", arc_slice(true)),
        "arc-slice-weak" => eprintln!("routes {}", arc_slice(false)),
        "dyn" => {
            let a = Rc::new(RefCell::new(Square { side: 2, other: RefCell::new(None) }));
            let b = Rc::new(RefCell::new(Square { side: 3, other: RefCell::new(None) }));
            *a.borrow().other.borrow_mut() = Some(b.clone());
            *b.borrow().other.borrow_mut() = Some(a.clone());
            eprintln!("area {}", a.borrow().area() + b.borrow().area());
        }
        "variant-strong" => eprintln!("links {}", linked(true)),
        "variant-weak" => eprintln!("links {}", linked(false)),
        "callback" => {
            let button = Rc::new(Button { label: "ok".to_string(), on_click: RefCell::new(None) });
            let me = button.clone();
            *button.on_click.borrow_mut() = Some(Box::new(move || me.label.len()));
            let clicked = (button.on_click.borrow().as_ref().unwrap())();
            eprintln!("clicked {clicked}");
        }
        "cyclic" => {
            let c = Rc::new_cyclic(|me| SelfHeld { me: me.clone(), strong_self: RefCell::new(None) });
            *c.strong_self.borrow_mut() = Some(c.clone());
            eprintln!("weak {}", c.me.weak_count());
        }
        _ => {
            let first = Arc::new(Hub { spokes: Mutex::new(vec![]) });
            let second = Arc::new(Hub { spokes: Mutex::new(vec![first.clone()]) });
            first.spokes.lock().unwrap().push(second.clone());
            eprintln!("hubs {}", Arc::strong_count(&first));
        }
    }
}

// DYN: ERROR: memscope: cycle leak: 2 object(s)
// DYN-COUNT-2: through 'Square::other' (RcClone)
// DYN: Fix: make 'Square::other' a std::rc::Weak<RefCell<dyn rc_cycles_more::Shape>> (Rc::downgrade)

// CYCLIC: ERROR: memscope: cycle leak: 1 object(s)
// CYCLIC-NEXT: Rc<rc_cycles_more::SelfHeld> ({{[0-9]+}} bytes)
// CYCLIC-NEXT: holds #{{[0-9]+}} through 'SelfHeld::strong_self' (RcClone)  <- should be a Weak
// CYCLIC-NEXT: Fix: make 'SelfHeld::strong_self' a std::rc::Weak<rc_cycles_more::SelfHeld> (Rc::downgrade): it points from #[[#]] back to #[[#]], which was allocated as the same object.

// HUB: ERROR: memscope: cycle leak: 4 object(s)
// HUB-COUNT-2: through an element of 'Hub::spokes' (ArcClone)
// HUB: Fix: make an element of 'Hub::spokes' a std::sync::Weak<rc_cycles_more::Hub> (Arc::downgrade)

// CALLBACK: ERROR: memscope: cycle leak: 2 object(s)
// CALLBACK: Rc<rc_cycles_more::Button>
// CALLBACK-NEXT: holds #{{[0-9]+}} through 'Button::on_click' (Owns)
// CALLBACK-NEXT: {closure_env#0} ({{[0-9]+}} bytes)
// CALLBACK-NEXT: holds #{{[0-9]+}} through '{closure_env#0}::me' (RcClone)  <- should be a Weak
// CALLBACK: Fix: make '{closure_env#0}::me' a std::rc::Weak<rc_cycles_more::Button> (Rc::downgrade)
// The label's bytes are the cycle's too.
// CALLBACK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 3 allocation(s) in 1 shared-pointer cycle(s)

// VARIANT: links 2
// VARIANT: ERROR: memscope: cycle leak: 2 object(s)
// VARIANT: holds #{{[0-9]+}} through 'Linked::child' (RcClone)
// VARIANT: holds #{{[0-9]+}} through 'Link::Strong::0' (RcClone)
// CLEAN: links 1
// CLEAN-NOT: ERROR
