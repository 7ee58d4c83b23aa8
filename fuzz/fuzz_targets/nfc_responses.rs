#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| keyguide::fuzzing::nfc_responses(data));
