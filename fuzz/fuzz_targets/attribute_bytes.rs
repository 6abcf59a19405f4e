//! Untrusted bytes through `Attributor::attribute_bytes`: invalid UTF-8 is
//! an error at the right byte offset, and valid text gives an attribution
//! whose every span is valid (see `quotative_fuzz::check_attribution`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotative::Attributor;
use std::sync::OnceLock;

fn attributor() -> &'static Attributor {
    static ATTRIBUTOR: OnceLock<Attributor> = OnceLock::new();
    ATTRIBUTOR.get_or_init(Attributor::new)
}

fuzz_target!(|data: &[u8]| {
    let attributor = attributor();
    let result = attributor.attribute_bytes(data);
    match std::str::from_utf8(data) {
        Ok(text) => {
            let result = result.expect("valid UTF-8 under the size limit is attributed");
            quotative_fuzz::check_attribution(text, &result);
        }
        Err(e) => {
            let err = result.expect_err("invalid UTF-8 is an error");
            assert_eq!(err.utf8_offset(), Some(e.valid_up_to()));
            assert!(
                err.to_string()
                    .contains(&format!("byte offset {}", e.valid_up_to())),
                "{err}"
            );
        }
    }
});
