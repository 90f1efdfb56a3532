use std::ffi::{CStr, CString};
use std::os::raw::c_char;

/// A greeting for `name`, owned by the caller: give it back to greeter_free.
#[no_mangle]
pub extern "C" fn greeter_greet(name: *const c_char) -> *mut c_char {
    let name = unsafe { CStr::from_ptr(name) }.to_string_lossy();
    CString::new(format!("Hello, {}!", name)).unwrap().into_raw()
}

/// Frees a string greeter_greet returned.
#[no_mangle]
pub unsafe extern "C" fn greeter_free(greeting: *mut c_char) {
    if !greeting.is_null() {
        drop(CString::from_raw(greeting));
    }
}
