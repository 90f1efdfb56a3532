// A build script that calls a crate the program uses too.
fn main() {
    println!("cargo:rustc-env=LEDGER_SCALE={}", units::scale());
}
