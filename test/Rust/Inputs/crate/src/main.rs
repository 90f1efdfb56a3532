fn main() {
    // The same value three ways: the build script's, the macro's and the
    // program's own call (instrumented).
    assert_eq!(env!("LEDGER_SCALE").parse::<u64>().unwrap(), stamp::scale!());
    assert_eq!(stamp::scale!(), units::scale());
    match std::env::args().nth(1).as_deref() {
        Some("stale") => println!("{}", ledger::stale_read()),
        Some("lose") => ledger::lose(),
        _ => println!("{}", ledger::total(vec![4, 5, 6])),
    }
}
