fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("stale") => println!("{}", ledger::stale_read()),
        Some("lose") => ledger::lose(),
        _ => println!("{}", ledger::total(vec![4, 5, 6])),
    }
}
