//! A procedural macro that calls a crate the program uses too.
extern crate proc_macro;
use proc_macro::TokenStream;

/// The scale, computed while the program is compiled.
#[proc_macro]
pub fn scale(_input: TokenStream) -> TokenStream {
    format!("{}u64", units::scale()).parse().unwrap()
}
