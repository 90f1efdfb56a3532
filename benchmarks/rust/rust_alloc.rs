//===- benchmarks/rust/rust_alloc.rs - allocation-heavy Rust --------------===//
//
// Strings and Vecs in a HashMap rebuilt every round, a tree of
// Rc<RefCell<Tree>> with Vec children (3^7 nodes), and 10,000 boxed arrays
// per round: the allocator, the quarantine and the stack depot under Rust's
// deep std call chains. Prints `checksum: <hex>`, identical in every build.
//
// See also: benchmarks/rust/run.sh, benchmarks/README.md.
//===----------------------------------------------------------------------===//
use std::collections::HashMap;
use std::rc::Rc;
use std::cell::RefCell;

struct Tree { value: u64, children: Vec<Rc<RefCell<Tree>>> }

fn build(depth: u32, seed: u64) -> Rc<RefCell<Tree>> {
    let node = Rc::new(RefCell::new(Tree { value: seed, children: Vec::new() }));
    if depth > 0 {
        for i in 0..3 {
            let child = build(depth - 1, seed.wrapping_mul(31).wrapping_add(i));
            node.borrow_mut().children.push(child);
        }
    }
    node
}

fn sum(t: &Rc<RefCell<Tree>>) -> u64 {
    let n = t.borrow();
    n.value.wrapping_add(n.children.iter().map(sum).fold(0u64, |a, b| a.wrapping_add(b)))
}

fn main() {
    let mut checksum = 0u64;
    for round in 0..60u64 {
        let mut words: HashMap<String, Vec<u64>> = HashMap::new();
        for i in 0..20_000u64 {
            let key = format!("w{}", (i * 7919 + round) % 5000);
            words.entry(key).or_default().push(i);
        }
        for (k, v) in &words { checksum = checksum.wrapping_add(k.len() as u64 + v.len() as u64); }
        let tree = build(7, round);
        checksum = checksum.wrapping_add(sum(&tree));
        let boxes: Vec<Box<[u8; 64]>> = (0..10_000).map(|i| Box::new([i as u8; 64])).collect();
        checksum = checksum.wrapping_add(boxes.iter().map(|b| b[3] as u64).sum::<u64>());
    }
    println!("checksum: {:016x}", checksum);
}
