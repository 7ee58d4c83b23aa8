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
/// windres, together with the icon and the version information Explorer
/// and Task Manager show. Only the `keyguide` binary gets them. The
/// manifest's assembly version is Cargo.toml's, written in here so that
/// the file in the repository never needs a version bump.
fn embed_windows_manifest(target: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows");
    let source = dir.join("keyguide.exe.manifest");
    let icon = dir.join("keyguide.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let Ok(text) = std::fs::read_to_string(&source) else {
        return;
    };
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let [major, minor, patch] = version_numbers();
    let manifest = out.join("keyguide.exe.manifest");
    std::fs::write(
        &manifest,
        text.replace(
            "version=\"0.0.0.0\"",
            &format!("version=\"{major}.{minor}.{patch}.0\""),
        ),
    )
    .unwrap();
    if target.contains("msvc") {
        println!("cargo:rustc-link-arg-bin=keyguide=/MANIFEST:EMBED");
        println!(
            "cargo:rustc-link-arg-bin=keyguide=/MANIFESTINPUT:{}",
            manifest.display()
        );
        return;
    }
    let rc = out.join("keyguide.rc");
    let slashes = |p: &Path| p.display().to_string().replace('\\', "/");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap();
    // 1 24 = CREATEPROCESS_MANIFEST_RESOURCE_ID, RT_MANIFEST. The icon is
    // what Explorer shows for keyguide.exe. VERSIONINFO: 0x40004 is
    // VOS_NT_WINDOWS32, 1 is VFT_APP; 0409/1200 is US English, UTF-16.
    std::fs::write(
        &rc,
        format!(
            "1 24 \"{manifest}\"\n\
             1 ICON \"{icon}\"\n\
             1 VERSIONINFO\n\
             FILEVERSION {major},{minor},{patch},0\n\
             PRODUCTVERSION {major},{minor},{patch},0\n\
             FILEOS 0x40004\n\
             FILETYPE 0x1\n\
             BEGIN\n\
             \x20 BLOCK \"StringFileInfo\"\n\
             \x20 BEGIN\n\
             \x20   BLOCK \"040904b0\"\n\
             \x20   BEGIN\n\
             \x20     VALUE \"CompanyName\", \"The KeyGuide developers\"\n\
             \x20     VALUE \"FileDescription\", \"KeyGuide\"\n\
             \x20     VALUE \"FileVersion\", \"{version}\"\n\
             \x20     VALUE \"InternalName\", \"keyguide\"\n\
             \x20     VALUE \"LegalCopyright\", \"MPL-2.0\"\n\
             \x20     VALUE \"OriginalFilename\", \"keyguide.exe\"\n\
             \x20     VALUE \"ProductName\", \"KeyGuide\"\n\
             \x20     VALUE \"ProductVersion\", \"{version}\"\n\
             \x20   END\n\
             \x20 END\n\
             \x20 BLOCK \"VarFileInfo\"\n\
             \x20 BEGIN\n\
             \x20   VALUE \"Translation\", 0x409, 1200\n\
             \x20 END\n\
             END\n",
            manifest = slashes(&manifest),
            icon = slashes(&icon),
        ),
    )
    .unwrap();
    let object = out.join("keyguide-resources.o");
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
            "cargo:warning=windres not found: keyguide.exe is built without its application manifest \
             (tools/build-windows.sh installs it)"
        ),
    }
}

/// Cargo.toml's major, minor and patch (a pre-release suffix dropped):
/// Windows versions are four numbers.
fn version_numbers() -> [u32; 3] {
    let number = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    [
        number("CARGO_PKG_VERSION_MAJOR"),
        number("CARGO_PKG_VERSION_MINOR"),
        number("CARGO_PKG_VERSION_PATCH"),
    ]
}
