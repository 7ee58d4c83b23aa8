#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| keyguide::fuzzing::settings_and_key_files(data));
