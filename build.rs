//! Link-time settings only; nothing is generated.

fn main() {
    // Pack the executable's relative relocations (DT_RELR, glibc 2.36+,
    // binutils 2.38+). A PIE binary of this size otherwise carries about
    // 1 MB of relocation records that are read, and so kept resident, at
    // every start; packed they take a few kilobytes. Applies to every
    // target of the package, the benchmark's empty-window baseline included.
    let target = std::env::var("TARGET").unwrap_or_default();
    if target.contains("linux-gnu") && linker_supports_relr() {
        println!("cargo:rustc-link-arg=-Wl,-z,pack-relative-relocs");
    }
}

/// Older toolchains reject the flag; probe the system linker once.
fn linker_supports_relr() -> bool {
    std::process::Command::new("cc")
        .args([
            "-Wl,-z,pack-relative-relocs",
            "-x",
            "c",
            "-",
            "-o",
            "/dev/null",
        ])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .unwrap()
                .write_all(b"int main(void){return 0;}")?;
            child.wait()
        })
        .map(|status| status.success())
        .unwrap_or(false)
}
