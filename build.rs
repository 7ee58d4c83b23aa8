//! Link-time settings only; no code is generated.

use std::path::Path;
use std::process::{Command, Stdio};

fn main() {
    let target = std::env::var("TARGET").unwrap_or_default();
    println!("cargo:rerun-if-changed=packaging/windows/keyguide.exe.manifest");
    if target.contains("linux-gnu") && linker_supports_relr() {
        // Pack the executable's relative relocations (DT_RELR, glibc 2.36+,
        // binutils 2.38+). A PIE binary of this size otherwise carries about
        // 1 MB of relocation records that are read, and so kept resident, at
        // every start; packed they take a few kilobytes. Applies to every
        // target of the package, the benchmark's empty-window baseline too.
        println!("cargo:rustc-link-arg=-Wl,-z,pack-relative-relocs");
    }
    if target.contains("windows") {
        embed_windows_manifest(&target);
    }
}

/// Older linkers reject the flag; probe the system's once.
fn linker_supports_relr() -> bool {
    let child = Command::new("cc")
        .args([
            "-Wl,-z,pack-relative-relocs,--fatal-warnings",
            "-x",
            "c",
            "-",
            "-o",
            "/dev/null",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return false };
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(b"int main(void){return 0;}");
    }
    child.wait().is_ok_and(|s| s.success())
}

/// The application manifest (packaging/windows/keyguide.exe.manifest):
/// asInvoker, per-monitor DPI, UTF-8, Windows 10/11. The MSVC linker
/// embeds it itself; with MinGW it goes through a resource compiled by
/// windres. Only the `keyguide` binary gets it.
fn embed_windows_manifest(target: &str) {
    let manifest =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/keyguide.exe.manifest");
    if !manifest.exists() {
        return;
    }
    if target.contains("msvc") {
        println!("cargo:rustc-link-arg-bin=keyguide=/MANIFEST:EMBED");
        println!(
            "cargo:rustc-link-arg-bin=keyguide=/MANIFESTINPUT:{}",
            manifest.display()
        );
        return;
    }
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let rc = out.join("manifest.rc");
    // 1 = CREATEPROCESS_MANIFEST_RESOURCE_ID, 24 = RT_MANIFEST; the icon
    // is what Explorer shows for keyguide.exe.
    let manifest_path = manifest.display().to_string().replace('\\', "/");
    let icon_path = manifest
        .with_file_name("keyguide.ico")
        .display()
        .to_string()
        .replace('\\', "/");
    std::fs::write(
        &rc,
        format!("1 24 \"{manifest_path}\"\n1 ICON \"{icon_path}\"\n"),
    )
    .unwrap();
    let object = out.join("manifest.o");
    let windres = ["x86_64-w64-mingw32-windres", "windres"]
        .into_iter()
        .find(|tool| {
            Command::new(tool)
                .arg(&rc)
                .arg("-O")
                .arg("coff")
                .arg("-o")
                .arg(&object)
                .status()
                .is_ok_and(|s| s.success())
        });
    match windres {
        Some(_) => println!("cargo:rustc-link-arg-bin=keyguide={}", object.display()),
        None => println!(
            "cargo:warning=windres not found: keyguide.exe is built without its application manifest"
        ),
    }
}
