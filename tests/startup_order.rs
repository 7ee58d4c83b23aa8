//! The release linker (`tools/link-gcc`) matches `tools/startup-functions.txt`
//! against symbol names with their build-specific parts removed. These
//! tests pin that normalisation and check that the list is in that form,
//! since a hash left in the list would never match again.

#![cfg(unix)]

use std::io::Write;
use std::process::{Command, Stdio};

fn normalize(names: &str) -> String {
    let mut child = Command::new(concat!(env!("CARGO_MANIFEST_DIR"), "/tools/link-gcc"))
        .arg("--normalize")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("tools/link-gcc runs");
    // Written from a thread: sed answers while it reads, and a long list
    // would fill both pipes.
    let mut stdin = child.stdin.take().unwrap();
    let input = names.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn build_specific_parts_of_symbol_names_are_removed() {
    let names = "\
_ZN8keyguide4main17h0123456789abcdefE
_RNvMs4_NtCslNYArtu3iFV_5alloc7raw_vecNtB5_11RawVecInner11finish_growCsduwmD7cSIQq_5gimli
_ZN4core3fmt5write17hfedcba9876543210E.llvm.1234567
_RNvXsZ_NtCslNYArtu3iFV_5alloc6stringNtB5_6StringNtNtCsgEmfK2I1SDS_4core3fmt5Write10write_char.10202
XOpenDisplay
";
    assert_eq!(
        normalize(names),
        "\
_ZN8keyguide4mainE
_RNvMs4_NtCs_5alloc7raw_vecNtB5_11RawVecInner11finish_growCs_5gimli
_ZN4core3fmt5writeE
_RNvXsZ_NtCs_5alloc6stringNtB5_6StringNtNtCs_4core3fmt5Write10write_char
XOpenDisplay
"
    );
}

#[test]
fn the_startup_list_is_normalized_and_names_keyguides_own_code() {
    let list = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tools/startup-functions.txt"
    ))
    .unwrap();
    assert!(list.lines().count() > 1000, "the list looks truncated");
    assert_eq!(
        normalize(&list),
        list,
        "rewrite it with tools/startup-functions.sh"
    );
    assert!(
        list.lines().any(|name| name.contains("8keyguide3app")),
        "start-up runs the app's own code, so the list must name some of it"
    );
}
